import type { EntityManager } from '@mikro-orm/postgresql';

/** Email addresses of the organisation's active staff in these roles. */
export async function staffEmails(em: EntityManager, organisationId: string, roles: string[]): Promise<string[]> {
  const rows: Array<{ email: string }> = await em
    .getConnection()
    .execute(`select email from account where organisation_id = ? and role in (?) and deactivated_at is null and email is not null order by email`, [organisationId, roles]);
  return rows.map((r) => r.email);
}

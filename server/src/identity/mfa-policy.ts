import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from './account.entity.js';

/**
 * Whether this member of staff must give a code from an authenticator app when signing in with a
 * password: they enrolled one, or their organisation requires it of all staff.
 */
export async function staffMfaRequired(em: EntityManager, account: Account): Promise<boolean> {
  if (account.mfaEnabledAt) return true;
  const rows: Array<{ require_staff_mfa: boolean }> = await em
    .getConnection()
    .execute('select require_staff_mfa from organisation where id = ?', [account.organisation.id], 'all', em.getTransactionContext());
  return Boolean(rows[0]?.require_staff_mfa);
}

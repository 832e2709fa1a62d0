import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppState } from '../shared/context.js';
import { withTenant } from '../shared/tenancy.js';

/**
 * Tells the organisation's safeguarding leads by email that new concerns are waiting (the in-app
 * queue always has them). Sent after the concern is committed and never awaited by the request;
 * the email carries no words of the child's and no names — only that there is something to read.
 */
export function notifyLeads(em: EntityManager, app: AppState, organisationId: string, count: number): void {
  void (async () => {
    // Not awaited by the request, so it may outlive the request's transaction: a transaction of its own.
    const leads = await withTenant(em, organisationId, (tx) =>
      tx.execute<Array<{ email: string }>>(
        `select email from account where organisation_id = ? and role = 'SAFEGUARDING_LEAD' and deactivated_at is null and email is not null`,
        [organisationId],
      ),
    );
    for (const lead of leads) {
      await app.mail.send({
        to: lead.email,
        subject: 'Heard: a safeguarding concern needs you',
        text: `${count === 1 ? 'Something a child or family wrote' : `${count} things children or families wrote`} may need a safeguarding response. Sign in to Heard and open Safeguarding to read and acknowledge it.`,
      });
    }
  })().catch((error) => app.log.error({ err: error }, 'could not notify safeguarding leads'));
}

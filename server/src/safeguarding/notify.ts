import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppState } from '../shared/context.js';
import { withTenant } from '../shared/tenancy.js';
import type { MailMessage } from '../shared/mail.js';

const ATTEMPTS = 3;

/**
 * Sends one email, trying again after 1 s and 4 s if the mail server refuses or is away: an alert
 * about a child must not be lost to a blip. Rejects with the last error after the last attempt.
 */
export async function sendWithRetry(app: AppState, message: MailMessage, delayMs = 1000): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await app.mail.send(message);
      return;
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 4 ** (attempt - 1)));
    }
  }
}

/** Email addresses of the organisation's active staff in these roles. */
export async function staffEmails(em: EntityManager, organisationId: string, roles: string[]): Promise<string[]> {
  const rows: Array<{ email: string }> = await em
    .getConnection()
    .execute(`select email from account where organisation_id = ? and role in (?) and deactivated_at is null and email is not null order by email`, [organisationId, roles]);
  return rows.map((r) => r.email);
}

/**
 * Tells the organisation's safeguarding leads by email that new concerns are waiting (the in-app
 * queue always has them). Sent after the concern is committed and never awaited by the request;
 * the email carries no words of the child's and no names — only that there is something to read.
 * Each lead's email is retried on failure; a lead whose email still fails is logged (by address
 * only) and the others still get theirs.
 */
export function notifyLeads(em: EntityManager, app: AppState, organisationId: string, count: number): void {
  void (async () => {
    // Not awaited by the request, so it may outlive the request's transaction: a transaction of its own.
    const leads = await withTenant(em, organisationId, (tx) => staffEmails(tx, organisationId, ['SAFEGUARDING_LEAD']));
    for (const to of leads) {
      await sendWithRetry(app, {
        to,
        subject: 'Heard: a safeguarding concern needs you',
        text: `${count === 1 ? 'Something a child or family wrote' : `${count} things children or families wrote`} may need a safeguarding response. Sign in to Heard and open Safeguarding to read and acknowledge it.`,
      }).catch((error) => app.log.error({ err: { name: error?.name, code: error?.code }, to }, 'could not email a safeguarding lead'));
    }
  })().catch((error) => app.log.error({ err: { name: error?.name, code: error?.code } }, 'could not notify safeguarding leads'));
}

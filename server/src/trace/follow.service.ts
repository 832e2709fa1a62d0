import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppState } from '../shared/context.js';
import { badInput, rateLimited } from '../shared/errors.js';
import { normaliseReceiptCode } from '../surveys/receipt-code.js';
import { evidenceSql } from './evidence.sql.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The response a receipt code belongs to, counting a failed look-up against the caller's IP; past
 * the limit every look-up from that IP is RATE_LIMITED, so codes cannot be guessed online.
 */
export async function responseForCode(em: EntityManager, app: AppState, ip: string, code: string): Promise<{ id: string; organisation_id: string; submitted_at: string | Date; title: string } | null> {
  const wait = app.limits.receiptByIp.retryAfter(ip);
  if (wait > 0) throw rateLimited(wait);
  const normalised = normaliseReceiptCode(code);
  const [row] =
    normalised.length >= 8 && normalised.length <= 80
      ? await em.getConnection().execute<Array<{ id: string; organisation_id: string; submitted_at: string | Date; title: string }>>(
          `select r.id, r.organisation_id, r.submitted_at, s.title from survey_response r join survey s on s.id = r.survey_id where r.receipt_code = ?`,
          [normalised],
        )
      : [];
  if (!row) app.limits.receiptByIp.fail(ip);
  return row ?? null;
}

/**
 * Public: a parent or carer holding a receipt code asks to be emailed when a decision or a finished
 * change follows from that response. The address is kept only for this (one per response; a new
 * address replaces the old) and is never shown back. Unknown codes count towards the IP's limit
 * and are BAD_USER_INPUT on `code`; a malformed address is BAD_USER_INPUT on `email`.
 */
export async function followReceipt(em: EntityManager, app: AppState, ip: string, code: string, email: string): Promise<boolean> {
  const address = email.trim().toLowerCase();
  if (address.length > 254 || !EMAIL.test(address)) throw badInput('email', 'Enter an email address like name@example.com.');
  const response = await responseForCode(em, app, ip, code);
  if (!response) throw badInput('code', 'We could not find that receipt code.');
  await em.getConnection().execute(
    `insert into receipt_follow (id, response_id, email, created_at) values (gen_random_uuid(), ?, ?, now())
     on conflict (response_id) do update set email = excluded.email, created_at = excluded.created_at`,
    [response.id, address],
  );
  return true;
}

/** Public: stops the emails for a receipt code and forgets the address. */
export async function unfollowReceipt(em: EntityManager, app: AppState, ip: string, code: string): Promise<boolean> {
  const response = await responseForCode(em, app, ip, code);
  if (!response) throw badInput('code', 'We could not find that receipt code.');
  await em.getConnection().execute('delete from receipt_follow where response_id = ?', [response.id]);
  return true;
}

/** Whether a response has an email address following it. */
export async function isFollowed(em: EntityManager, responseId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<unknown[]>('select 1 from receipt_follow where response_id = ?', [responseId]);
  return rows.length > 0;
}

/**
 * Emails everyone following a response that a published decision rests on: what was decided, or
 * that a change is done, with the "you said, we did" words. Never the person's own words, nobody
 * else's, nor staff names. Sending failures are logged, not thrown: the decision stands.
 */
export async function notifyFollowers(em: EntityManager, app: AppState, decisionId: string, kind: 'decision' | 'done', changeTitle?: string): Promise<void> {
  try {
    const rows = await em.getConnection().execute<Array<{ email: string; survey_title: string; title: string; you_said_we_did: string }>>(
      `with ev as (${evidenceSql('= ?')})
       select distinct f.email, s.title as survey_title, d.title, d.you_said_we_did
         from ev join voice_input v on v.id = ev.input_id
         join receipt_follow f on f.response_id = v.response_id
         join survey_response r on r.id = f.response_id join survey s on s.id = r.survey_id
         join decision d on d.id = ev.decision_id and d.published and d.organisation_id = r.organisation_id`,
      [decisionId, decisionId, decisionId, decisionId],
    );
    for (const row of rows) {
      const news = kind === 'decision' ? `A decision has been made: ${row.title}.` : `A change is done: ${changeTitle ?? row.title}.`;
      await app.mail.send({
        to: row.email,
        subject: 'News about what you told us',
        text: [
          `You asked us to tell you what happened after you answered “${row.survey_title}”.`,
          news,
          `You said, we did: ${row.you_said_we_did}`,
          'To see everything that happened, enter your receipt code on the receipt page of Heard. You can stop these emails on the same page.',
        ].join('\n\n'),
      });
    }
  } catch (error) {
    app.log.warn({ err: error, decisionId }, 'could not email receipt followers');
  }
}

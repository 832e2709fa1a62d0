import type { Job, JobContext } from '../shared/jobs.js';
import { forEachOrganisation } from '../shared/tenancy.js';
import { staffEmails } from '../identity/staff-emails.js';
import { sendWithRetry } from '../shared/mail.js';

/**
 * Escalates overdue concerns: one still OPEN (nobody has acknowledged it) after its due time is
 * emailed once to every safeguarding lead and admin of its organisation, and its `escalated_at` set.
 * The claim is one UPDATE … WHERE escalated_at IS NULL … RETURNING, so however many instances or
 * runs race, each concern escalates once (and shared/jobs.ts already fires the job once per period).
 * The email says how many concerns are overdue, never the words.
 */
export async function escalateOverdueConcerns({ orm, app, now, log }: JobContext): Promise<number> {
  // Row-level security: each organisation in a transaction of its own (shared/tenancy.ts).
  const byOrganisation = new Map<string, { count: number; emails: string[] }>();
  const failures = await forEachOrganisation(orm, async (em, organisationId) => {
    const claimed: Array<{ id: string }> = await em.getConnection().execute(
      `update safeguarding_concern set escalated_at = ?
        where organisation_id = ? and status = 'OPEN' and due_by < ? and escalated_at is null
        returning id`,
      [now, organisationId, now],
    );
    if (claimed.length) byOrganisation.set(organisationId, { count: claimed.length, emails: await staffEmails(em, organisationId, ['SAFEGUARDING_LEAD', 'ADMIN']) });
  });
  for (const f of failures) log.error({ organisationId: f.organisationId, code: (f.error as any)?.code }, 'could not escalate concerns');
  let total = 0;
  // Emails after the claims commit: a concern is marked escalated only once, and the mail goes out after.
  for (const { count, emails } of byOrganisation.values()) {
    total += count;
    for (const to of emails) {
      await sendWithRetry(app.mail, {
        to,
        subject: 'Heard: a safeguarding concern is overdue',
        text:
          `${count === 1 ? 'A safeguarding concern has' : `${count} safeguarding concerns have`} not been acknowledged by ${count === 1 ? 'its' : 'their'} due time. ` +
          'Sign in to Heard and open Safeguarding to read and acknowledge them, or make sure someone does.',
      }).catch((error) => log.error({ err: { name: error?.name, code: error?.code }, to }, 'could not email an escalation'));
    }
  }
  return total;
}

/** Checks every minute; a concern is escalated within a minute (plus one job tick) of going overdue. */
export const escalationJob: Job = { name: 'escalate-overdue-concerns', everyMs: 60_000, run: escalateOverdueConcerns };

import type { Job, JobContext } from '../shared/jobs.js';
import { sendWithRetry, staffEmails } from './notify.js';

/**
 * Escalates overdue concerns: one still OPEN (nobody has acknowledged it) after its due time is
 * emailed once to every safeguarding lead and admin of its organisation, and its `escalated_at` set.
 * The claim is one UPDATE … WHERE escalated_at IS NULL … RETURNING, so however many instances or
 * runs race, each concern escalates once (and shared/jobs.ts already fires the job once per period).
 * The email says how many concerns are overdue, never the words.
 */
export async function escalateOverdueConcerns({ orm, app, now, log }: JobContext): Promise<number> {
  const em = orm.em.fork();
  const claimed: Array<{ id: string; organisation_id: string }> = await em.getConnection().execute(
    `update safeguarding_concern set escalated_at = ?
      where status = 'OPEN' and due_by < ? and escalated_at is null
      returning id, organisation_id`,
    [now, now],
  );
  const byOrganisation = new Map<string, number>();
  for (const c of claimed) byOrganisation.set(c.organisation_id, (byOrganisation.get(c.organisation_id) ?? 0) + 1);
  for (const [organisationId, count] of byOrganisation) {
    for (const to of await staffEmails(em, organisationId, ['SAFEGUARDING_LEAD', 'ADMIN'])) {
      await sendWithRetry(app, {
        to,
        subject: 'Heard: a safeguarding concern is overdue',
        text:
          `${count === 1 ? 'A safeguarding concern has' : `${count} safeguarding concerns have`} not been acknowledged by ${count === 1 ? 'its' : 'their'} due time. ` +
          'Sign in to Heard and open Safeguarding to read and acknowledge them, or make sure someone does.',
      }).catch((error) => log.error({ err: { name: error?.name, code: error?.code }, to }, 'could not email an escalation'));
    }
  }
  return claimed.length;
}

/** Checks every minute; a concern is escalated within a minute (plus one job tick) of going overdue. */
export const escalationJob: Job = { name: 'escalate-overdue-concerns', everyMs: 60_000, run: escalateOverdueConcerns };

import { forEachOrganisation } from '../shared/tenancy.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../identity/organisation.entity.js';
import { AuditEntry } from '../shared/audit-entry.entity.js';
import type { Job } from '../shared/jobs.js';
import { HELD_BY_CONCERN, eraseMatching } from '../voices/erasure.js';

/**
 * Which words the retention rule erases at `now` (parameter 1: now, 2: now):
 *  - words no safeguarding concern holds, once older than the organisation's retainWordsMonths
 *    (null keeps them);
 *  - words a concern holds, once the concern has been closed for retainConcernWordsMonths (open
 *    concerns keep them whatever their age).
 * Counts, coded answers, themes' counts and the decisions' evidence links stay (voices/erasure.ts).
 */
const DUE = `(not ${HELD_BY_CONCERN} and o.retain_words_months is not null
      and v.created_at < ?::timestamptz - make_interval(months => o.retain_words_months))
  or exists (select 1 from safeguarding_concern c where c.input_id = v.id and c.status = 'CLOSED' and c.closed_at is not null
      and c.closed_at < ?::timestamptz - make_interval(months => o.retain_concern_words_months))`;

/**
 * Applies the retention rule at `now` for one organisation, or every organisation when
 * `organisationId` is null, in the caller's transaction. Writes one audit row per organisation
 * that lost words (the count, never the words), acted by `actor` (a label) with `actorId` if a
 * person asked. Returns how many texts were erased. Running it again at the same `now` erases
 * nothing more.
 */
export async function eraseDueWords(
  em: EntityManager,
  organisationId: string | null,
  now: Date,
  actor: { label: string; accountId: string | null },
): Promise<number> {
  const scope = organisationId ? 'v.organisation_id = ? and ' : '';
  const params = organisationId ? [organisationId, now, now] : [now, now];
  const counts = await eraseMatching(em, `${scope}(${DUE})`, params, 'RETENTION', now);
  let total = 0;
  for (const [org, n] of counts) {
    total += n;
    const entry = new AuditEntry(em.getReference(Organisation, org), actor.label, 'applyRetention', 'Organisation', org);
    entry.actorId = actor.accountId;
    entry.details = { erased: n, at: now.toISOString() };
    em.persist(entry);
  }
  await em.flush();
  return total;
}

const DAY_MS = 24 * 3600_000;

/**
 * The retention rule, daily: every instance ticks it and one of them fires it per day
 * (shared/jobs.ts). Erases due words in every organisation, in one transaction.
 */
export const retentionJob: Job = {
  name: 'retention',
  everyMs: DAY_MS,
  async run({ orm, now, log }) {
    // Row-level security: each organisation in a transaction of its own (shared/tenancy.ts).
    let erased = 0;
    const failures = await forEachOrganisation(orm, async (em, organisationId) => {
      erased += await eraseDueWords(em, organisationId, now, { label: 'system (retention)', accountId: null });
    });
    for (const f of failures) log.error({ organisationId: f.organisationId, code: (f.error as any)?.code }, 'retention failed for an organisation');
    // A count only: never which words.
    if (erased) log.info({ erased }, 'retention erased words');
    return erased;
  },
};

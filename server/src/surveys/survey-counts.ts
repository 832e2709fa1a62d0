import type { EntityManager } from '@mikro-orm/postgresql';
import type { Job } from '../shared/jobs.js';
import type { Band } from '../shared/suppression.js';
import { forEachOrganisation } from '../shared/tenancy.js';

/**
 * A large survey's results would count every answer on every view (a hundred thousand responses are
 * two million answers). Instead a background job keeps a snapshot of each survey's counts up to a
 * moment (`survey_count.through`), and results add to it only what came after. The snapshot is in
 * PostgreSQL, so every instance and replica reads the same one; the database drops it whenever a
 * response or answer is changed or removed (erasure, retention, a correction), so results never
 * count what is gone: the next read counts everything, and the next run takes a new snapshot.
 */

/** A survey's counts, as the three grouped queries give them. */
export interface CountRows {
  responses: Array<{ age_band: Band; n: number }>;
  answered: Array<{ question_id: string; age_band: Band; n: number }>;
  values: Array<{ question_id: string; age_band: Band; value: string; n: number }>;
}

/**
 * How far behind now a snapshot stops. A response carries the time its insert ran and becomes
 * visible when its transaction commits, a moment later (statements time out after 30 s); stopping
 * ten minutes back means no response stamped before `through` can still be on its way.
 */
export const SETTLE_MS = 10 * 60_000;
/** A snapshot is taken again once it is this much older than it could be. */
const REFRESH_MS = 5 * 60_000;
/** Surveys snapshotted per organisation per run (the rest wait for the next run). */
const PER_RUN = 5;

/** The lock a snapshot and any change to what it counts take, so neither misses the other. */
const LOCK = `pg_advisory_xact_lock(hashtextextended('survey_count:' || ?, 0))`;

/** Each value an answer gives (its choices, or its point on a scale), as `c.value`. */
const ANSWER_VALUES = `cross join lateral (select unnest(a.choice_ids)::text as value union all select a.scale::text where a.scale is not null) c`;

/** A survey's counts, optionally only of responses stamped in [from, before). */
async function countRows(em: EntityManager, surveyId: string, range: { from: Date | null; before: Date | null } = { from: null, before: null }): Promise<CountRows> {
  const conn = em.getConnection();
  if (!range.from && !range.before) {
    // Everything: from the answers' own index, without visiting the responses.
    const [responses, answered, values] = await Promise.all([
      conn.execute<CountRows['responses']>('select age_band, count(*)::int as n from survey_response where survey_id = ? group by age_band', [surveyId]),
      conn.execute<CountRows['answered']>(
        `select a.question_id, a.age_band, count(*)::int as n from answer a join question q on q.id = a.question_id
          where q.survey_id = ? group by 1, 2`,
        [surveyId],
      ),
      conn.execute<CountRows['values']>(
        `select a.question_id, a.age_band, c.value, count(*)::int as n
           from answer a join question q on q.id = a.question_id
           ${ANSWER_VALUES}
          where q.survey_id = ? group by 1, 2, 3`,
        [surveyId],
      ),
    ]);
    return { responses, answered, values };
  }
  const where = ['r.survey_id = ?'];
  const params: unknown[] = [surveyId];
  if (range.from) {
    where.push('r.submitted_at >= ?');
    params.push(range.from);
  }
  if (range.before) {
    where.push('r.submitted_at < ?');
    params.push(range.before);
  }
  const responses = `select r.id, r.age_band from survey_response r where ${where.join(' and ')}`;
  const [r, answered, values] = await Promise.all([
    conn.execute<CountRows['responses']>(`select age_band, count(*)::int as n from (${responses}) r group by 1`, params),
    conn.execute<CountRows['answered']>(
      `select a.question_id, a.age_band, count(*)::int as n from (${responses}) r join answer a on a.response_id = r.id group by 1, 2`,
      params,
    ),
    conn.execute<CountRows['values']>(
      `select a.question_id, a.age_band, c.value, count(*)::int as n
         from (${responses}) r join answer a on a.response_id = r.id
         ${ANSWER_VALUES}
        group by 1, 2, 3`,
      params,
    ),
  ]);
  return { responses: r, answered, values };
}

/** Two sets of counts added cell by cell. */
function addCounts(a: CountRows, b: CountRows): CountRows {
  const add = <R extends { n: number }>(x: R[], y: R[], key: (r: R) => string): R[] => {
    const out = new Map<string, R>();
    for (const r of [...x, ...y]) {
      const k = key(r);
      const seen = out.get(k);
      out.set(k, seen ? { ...seen, n: seen.n + r.n } : { ...r });
    }
    return [...out.values()];
  };
  return {
    responses: add(a.responses, b.responses, (r) => r.age_band),
    answered: add(a.answered, b.answered, (r) => `${r.question_id}/${r.age_band}`),
    values: add(a.values, b.values, (r) => `${r.question_id}/${r.age_band}/${r.value}`),
  };
}

/** A survey's counts now: its snapshot plus the responses stamped since, or everything without one. */
export async function currentCounts(em: EntityManager, surveyId: string): Promise<CountRows> {
  const [snapshot] = await em.getConnection().execute<Array<{ through: Date; counts: CountRows }>>(
    'select through, counts from survey_count where survey_id = ?',
    [surveyId],
  );
  if (!snapshot) return countRows(em, surveyId);
  return addCounts(snapshot.counts, await countRows(em, surveyId, { from: new Date(snapshot.through), before: null }));
}

/**
 * Takes a snapshot of the organisation's surveys that have responses stamped before `now` −
 * SETTLE_MS and after their snapshot (or have none), oldest snapshot first, at most PER_RUN, in the
 * caller's transaction (under that organisation; the organisation is named too, as every service
 * does, so a caller that bypasses row-level security still touches only its own). Returns the
 * surveys snapshotted.
 */
export async function snapshotSurveyCounts(em: EntityManager, organisationId: string, now: Date, limit = PER_RUN): Promise<string[]> {
  const conn = em.getConnection();
  const through = new Date(now.getTime() - SETTLE_MS);
  const due = await conn.execute<Array<{ id: string }>>(
    `select s.id from survey s left join survey_count c on c.survey_id = s.id
      where s.organisation_id = ? and (c.through is null or c.through < ?::timestamptz - make_interval(secs => ?))
        and exists (select 1 from survey_response r where r.survey_id = s.id and r.submitted_at < ? and r.submitted_at >= coalesce(c.through, '-infinity'))
      order by c.through nulls first, s.id limit ?`,
    [organisationId, through, REFRESH_MS / 1000, through, limit],
  );
  // In id order, as the database's trigger takes them, so two lockers never wait on each other in a circle.
  const ids = due.map((d) => d.id).sort();
  for (const id of ids) {
    await conn.execute(`select ${LOCK}`, [id]);
    const counts = await countRows(em, id, { from: null, before: through });
    await conn.execute(
      `insert into survey_count (survey_id, organisation_id, through, counts, computed_at) values (?, ?, ?, ?::jsonb, ?)
       on conflict (survey_id) do update set through = excluded.through, counts = excluded.counts, computed_at = excluded.computed_at`,
      [id, organisationId, through, JSON.stringify(counts), now],
    );
  }
  return ids;
}

/** Keeps large surveys' results quick: every minute, each organisation's due snapshots. */
export const surveyCountsJob: Job = {
  name: 'surveyCounts',
  everyMs: 60_000,
  run: async ({ orm, now, log }) => {
    const failures = await forEachOrganisation(orm, (em, organisationId) => snapshotSurveyCounts(em, organisationId, now));
    for (const f of failures) log.error({ organisationId: f.organisationId, code: (f.error as any)?.code }, 'could not snapshot survey counts');
    return failures.length;
  },
};

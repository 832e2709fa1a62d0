import type { EntityManager } from '@mikro-orm/postgresql';
import { openOrm } from '../server/src/orm.js';
import { seedDemo } from '../server/src/seed/demo.js';
import { asApp } from './as-app.js';
import { snapshotSurveyCounts } from '../server/src/surveys/survey-counts.js';
import type { Actor } from '../server/src/shared/context.js';
import { Role } from '../server/src/shared/enums.js';
import { AGE_BANDS, protectSurvey, type Band, type ProtectedView, type QuestionCube, type SurveyCube } from '../server/src/shared/suppression.js';
import { exportSurveyResultsCsv } from '../server/src/surveys/survey-export.js';
import { countCube, surveyResults } from '../server/src/surveys/survey-results.service.js';
import { QuestionType } from '../server/src/surveys/survey.entity.js';
import { percentile } from './results.js';

export const RESPONSES = Number(process.env.BENCH_SURVEY_RESPONSES ?? 100_000);
const RUNS = 20;

/** A small deterministic PRNG (mulberry32), so the synthetic survey is the same every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The synthetic survey for `suppression.hidden_share`: 2,000 responses in six bands skewed as a
 * council's surveys are (most from 12–17s, few who did not say; every band ≥ 20), 20 questions
 * (single choice of 4 and 6, a 1–5 scale, yes/no, multi-choice of 5), each answered by ~90 %, with
 * choices skewed (a favourite, a long tail) and a little differently in each band.
 */
export function syntheticCube(): SurveyCube {
  const random = prng(20261203);
  const sizes: Record<Band, number> = { AGE_4_TO_7: 80, AGE_8_TO_11: 360, AGE_12_TO_17: 900, AGE_18_TO_25: 260, PARENT_CARER: 300, NOT_SAID: 100 };
  const kinds = [
    { kind: 'PARTITION' as const, values: 4 },
    { kind: 'PARTITION' as const, values: 5 },
    { kind: 'PARTITION' as const, values: 2 },
    { kind: 'PARTITION' as const, values: 6 },
    { kind: 'INDEPENDENT' as const, values: 5 },
  ];
  const questions: QuestionCube[] = Array.from({ length: 20 }, (_, i) => {
    const { kind, values } = kinds[i % kinds.length];
    const valueIds = Array.from({ length: values }, (_, k) => `v${k}`);
    const base = valueIds.map((_, k) => 1 / (k + 1) ** 1.3).sort(() => random() - 0.5);
    const answered = {} as Record<Band, number>;
    const counts = {} as QuestionCube['counts'];
    for (const band of AGE_BANDS) {
      const weights = base.map((w) => w * (0.6 + 0.8 * random()));
      const sum = weights.reduce((a, b) => a + b, 0);
      counts[band] = Object.fromEntries(valueIds.map((v) => [v, 0]));
      answered[band] = 0;
      for (let r = 0; r < sizes[band]; r++) {
        if (random() > 0.9) continue;
        answered[band]++;
        if (kind === 'INDEPENDENT') {
          for (let k = 0; k < values; k++) if (random() < (weights[k] / sum) * 1.8) counts[band][valueIds[k]]++;
        } else {
          let x = random() * sum;
          let k = 0;
          while (k < values - 1 && (x -= weights[k]) > 0) k++;
          counts[band][valueIds[k]]++;
        }
      }
    }
    return { id: `q${String(i).padStart(2, '0')}`, kind, valueIds, answered, counts };
  });
  return { responses: sizes, questions };
}

/** Share of the answers (value counts) of a view that sit in withheld cells; 1 for a refused view. */
export function hiddenShare(cube: SurveyCube, view: ProtectedView, band: Band | 'ALL'): number {
  let all = 0;
  let hidden = 0;
  for (const q of cube.questions) {
    for (const v of q.valueIds) {
      const n = band === 'ALL' ? AGE_BANDS.reduce((s, b) => s + q.counts[b][v], 0) : q.counts[band][v];
      all += n;
      if (view.refused || view.questions[q.id].values[v].suppressed) hidden += n;
    }
  }
  return all === 0 ? 0 : hidden / all;
}

/** Seeds one survey of RESPONSES responses × 20 questions (two of them free text) with set-based SQL. */
async function seedSurvey(em: EntityManager, org: { id: string; staff: string }): Promise<string> {
  const conn = em.getConnection();
  const run = (sql: string, params: unknown[] = []) => conn.execute(sql, params, 'run');
  await run('set statement_timeout = 0');
  const surveyId = '00000000-0000-4000-8000-00000000be01';
  await run(
    `insert into survey (id, organisation_id, title, purpose, what_happens_next, status, access, audience, share_code, created_by_id, created_at, published_at)
     values (?, ?, 'Bench survey', 'Bench', 'Bench', 'OPEN', 'ANYONE_WITH_LINK', '{AGE_8_TO_11,AGE_12_TO_17}', 'BENCHSURVEY1', ?, now(), now())`,
    [surveyId, org.id, org.staff],
  );
  // Questions 0..19: 4-choice, scale 1–5, yes/no, 6-choice, multi-choice of 5; 9 and 19 are text.
  await run(
    `insert into question (id, survey_id, position, type, prompt, choices, scale_max, max_length)
     select md5('bench-q-' || i)::uuid, ?, i + 1,
            (case when i in (9, 19) then 'TEXT' when i % 5 = 1 then 'SCALE' when i % 5 = 2 then 'YES_NO' when i % 5 = 4 then 'MULTI_CHOICE' else 'SINGLE_CHOICE' end)::question_type,
            'Question ' || i,
            case when i in (9, 19) or i % 5 = 1 then '[]'::jsonb
                 else (select jsonb_agg(jsonb_build_object('id', 'c' || k, 'label', 'Choice ' || k, 'emoji', null))
                         from generate_series(0, case i % 5 when 2 then 1 when 3 then 5 when 4 then 4 else 3 end) k) end,
            case when i % 5 = 1 and i not in (9, 19) then 5 else null end, 2000
       from generate_series(0, 19) i`,
    [surveyId],
  );
  // Bands skewed as in the synthetic cube.
  await run(
    `insert into survey_response (id, organisation_id, survey_id, client_submission_id, payload_hash, receipt_code, age_band, channel, capture, submitted_at)
     select md5('bench-r-' || r)::uuid, ?, ?, 'bench-' || r, 'x', 'bench-' || r,
            (case when r % 100 < 4 then 'AGE_4_TO_7' when r % 100 < 22 then 'AGE_8_TO_11' when r % 100 < 67 then 'AGE_12_TO_17'
                  when r % 100 < 80 then 'AGE_18_TO_25' when r % 100 < 95 then 'PARENT_CARER' else 'NOT_SAID' end)::age_band,
            'ONLINE', 'OWN_WORDS', now() - (r % 1000) * interval '1 minute'
       from generate_series(1, ?) r`,
    [org.id, surveyId, RESPONSES],
  );
  const [{ text_questions }] = await conn.execute<Array<{ text_questions: number }>>(`select count(*)::int as text_questions from question where survey_id = ? and type = 'TEXT'`, [surveyId]);
  // Coded answers (~90 % answer each question), choices skewed by a hash of response and question.
  await run(
    `insert into answer (id, response_id, question_id, choice_ids, scale, age_band)
     select md5(r.id::text || q.id::text)::uuid, r.id, q.id,
            case q.type when 'SCALE' then null when 'TEXT' then null
                 when 'MULTI_CHOICE' then array(select c->>'id' from jsonb_array_elements(q.choices) with ordinality e(c, k) where (h + k * 37) % 7 < 3)
                 else array[q.choices -> (least(jsonb_array_length(q.choices) - 1, floor(sqrt(h % 100) * jsonb_array_length(q.choices) / 10)::int)) ->> 'id'] end,
            case when q.type = 'SCALE' then 1 + floor(sqrt(h % 100) / 2.01)::int else null end,
            r.age_band
       from survey_response r cross join question q
       cross join lateral (select abs(hashtext(r.id::text || q.id::text)) as h) x
      where r.survey_id = ? and q.survey_id = ? and h % 10 <> 0 and (q.type <> 'TEXT' or h % 10 < 4)`,
    [surveyId, surveyId],
  );
  await run(
    `insert into voice_input (id, organisation_id, kind, text, age_band, channel, capture, created_at, source_title, survey_id, question_id, response_id)
     select md5('bench-v-' || a.id::text)::uuid, ?, 'SURVEY_ANSWER', 'Bench words ' || left(a.id::text, 8), a.age_band, 'ONLINE', 'OWN_WORDS', now(),
            'Bench survey — ' || q.prompt, ?, q.id, a.response_id
       from answer a join question q on q.id = a.question_id where q.survey_id = ? and q.type = 'TEXT'`,
    [org.id, surveyId, surveyId],
  );
  await run('analyze');
  console.log(`  ${text_questions} text questions`);
  return surveyId;
}

/**
 * `suppression.hidden_share` (and per band) on the synthetic 2,000-response survey; then, on a
 * seeded survey of RESPONSES responses × 20 questions, `results.p95_ms` (surveyResults, the whole
 * survey, as the resolver calls it), `csv.p95_ms` (exportSurveyResultsCsv, text answers included)
 * and the suppression solver's own time apart (`results.solver_p95_ms`, protectSurvey on the
 * counted cube), each over RUNS runs.
 */
export async function benchDisclosure(databaseUrl: string): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const cube = syntheticCube();
  const t0 = performance.now();
  const views = protectSurvey(cube, 10);
  figures['suppression.synthetic_solver_ms'] = performance.now() - t0;
  figures['suppression.hidden_share'] = hiddenShare(cube, views.ALL, 'ALL');
  for (const band of AGE_BANDS) figures[`suppression.hidden_share.${band}`] = hiddenShare(cube, views[band], band);
  console.log('Disclosure control on a synthetic survey (2,000 responses, 20 questions, six bands, every band ≥ 20):');
  console.log(`  hidden share, all ages: ${figures['suppression.hidden_share'].toFixed(4)} (target ≤ 0.05); solver ${figures['suppression.synthetic_solver_ms'].toFixed(0)} ms`);
  for (const band of AGE_BANDS) console.log(`  hidden share, ${band}: ${figures[`suppression.hidden_share.${band}`].toFixed(4)}`);
  const large = await largeSurveyFigures(databaseUrl);
  figures['results.p95_ms'] = large.results;
  figures['csv.p95_ms'] = large.csv;
  figures['results.solver_p95_ms'] = large.solver;
  figures['results.without_snapshot_ms'] = large.cold;
  return figures;
}

/**
 * On a seeded survey of RESPONSES responses × 20 questions (seeded once per database): p95 of
 * surveyResults (the whole survey, as the resolver calls it), of the CSV export (text answers
 * included) — both as the app role, one transaction each as a request has — and of the
 * suppression solver alone on the same counts, each over RUNS runs.
 */
export async function largeSurveyFigures(databaseUrl: string): Promise<{ results: number; csv: number; solver: number; cold: number }> {
  const orm = await openOrm(databaseUrl);
  const app = await asApp(databaseUrl);
  try {
    await seedDemo(orm, 'heard-demo');
    const em = orm.em.fork();
    const [org] = await em.getConnection().execute<Array<{ id: string; staff: string }>>(
      `select o.id, (select a.id from account a where a.organisation_id = o.id and a.role = 'COMMISSIONER' limit 1) as staff
         from organisation o where o.name = 'Northbridge Borough Council'`,
    );
    const [{ n: existing }] = await em.getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from survey where title = 'Bench survey'`);
    const t1 = Date.now();
    if (!existing) console.log(`Seeding a survey of ${RESPONSES} responses × 20 questions…`);
    const surveyId = existing
      ? (await em.getConnection().execute<Array<{ id: string }>>(`select id from survey where title = 'Bench survey'`))[0].id
      : await seedSurvey(em, org);
    if (!existing) console.log(`  seeded in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    const actor: Actor = { accountId: org.staff, organisationId: org.id, role: Role.COMMISSIONER, displayName: 'Bench', sessionTokenHash: '' };

    const time = async (f: () => Promise<unknown>) => {
      const s = performance.now();
      await f();
      return performance.now() - s;
    };
    await app.run(org.id, (tx) => surveyResults(tx, actor, surveyId, null)); // warm caches and plans
    // Counting everything once, as results do before the first snapshot; then the snapshot the
    // background job keeps (surveys/survey-counts.ts), which every timed call below reads.
    await app.run(org.id, (tx) => tx.getConnection().execute('delete from survey_count where survey_id = ?', [surveyId]));
    const cold = await time(() => app.run(org.id, (tx) => surveyResults(tx, actor, surveyId, null)));
    await app.run(org.id, (tx) => snapshotSurveyCounts(tx, org.id, new Date(), 1000));
    console.log(`surveyResults counting all ${RESPONSES} responses (no snapshot yet): ${cold.toFixed(0)} ms`);
    const results: number[] = [];
    for (let i = 0; i < RUNS; i++) results.push(await time(() => app.run(org.id, (tx) => surveyResults(tx, actor, surveyId, null))));
    const csv: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      csv.push(
        await time(async () => {
          bytes = (await app.run(org.id, (tx) => exportSurveyResultsCsv(tx, actor, surveyId))).csv.length;
        }),
      );
    }
    // The solver alone, on the same counts.
    const fork = orm.em.fork();
    const questions = await fork.getConnection().execute<Array<{ id: string; type: QuestionType; choices: Array<{ id: string }>; scale_max: number | null }>>(
      'select id, type, choices, scale_max from question where survey_id = ? order by position',
      [surveyId],
    );
    const big = await countCube(
      fork,
      surveyId,
      questions.map((q) => ({
        id: q.id,
        type: q.type,
        valueIds: q.type === QuestionType.SCALE ? ['1', '2', '3', '4', '5'] : q.type === QuestionType.TEXT ? [] : q.choices.map((c) => c.id),
      })),
    );
    const solver: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      protectSurvey(big, 10);
      solver.push(performance.now() - s);
    }
    const sort = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const figures = { results: percentile(sort(results), 95), csv: percentile(sort(csv), 95), solver: percentile(sort(solver), 95), cold };
    console.log(`surveyResults at ${RESPONSES} responses × 20 questions: p50 ${percentile(sort(results), 50).toFixed(1)} ms, p95 ${figures.results.toFixed(1)} ms (target ≤ 300)`);
    console.log(`CSV export (${(bytes / 1e6).toFixed(1)} MB): p50 ${percentile(sort(csv), 50).toFixed(1)} ms, p95 ${figures.csv.toFixed(1)} ms (target ≤ 300)`);
    console.log(`  of which the suppression solver: p95 ${figures.solver.toFixed(1)} ms`);
    return figures;
  } finally {
    await app.close();
    await orm.close();
  }
}

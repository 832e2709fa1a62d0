import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, type Equation } from './support/attacker.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { releaseWordsAtOnce, SUBMIT, submissionId, survey, type SurveyFixture } from './support/factories.js';

// An attacker holding every number one survey releases, however it leaves the server — every view
// of the results (all ages and each age band), the CSV export, the lists of text answers (their
// counts and the age band printed beside each), the voice list filtered by age band — with the
// public structure of the numbers, pins no count under the threshold. The public page shows none.

const THRESHOLD = 10;
const BANDS = ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'PARENT_CARER', 'NOT_SAID'] as const;
type View = 'ALL' | (typeof BANDS)[number];
const VIEWS: View[] = ['ALL', ...BANDS];
// Sizes chosen to leave small cells in every view: 3 aged 4–7, 1 who did not say, 9 parents and carers.
const SIZES: Record<(typeof BANDS)[number], number> = { AGE_4_TO_7: 3, AGE_8_TO_11: 12, AGE_12_TO_17: 24, AGE_18_TO_25: 0, PARENT_CARER: 9, NOT_SAID: 1 };

const resp = (v: View) => `responses@${v}`;
const ans = (q: string, v: View) => `answered/${q}@${v}`;
const val = (q: string, x: string, v: View) => `value/${q}/${x}@${v}`;

let t: TestApp;
let staff: Agent;
let s: SurveyFixture;
/** The truth, for the negative twin only: every cell, by band. */
const truth = new Map<string, number>();
const bump = (cell: (v: View) => string, band: View) => {
  for (const v of ['ALL', band] as View[]) truth.set(cell(v), (truth.get(cell(v)) ?? 0) + 1);
};

/** A small deterministic generator, so the survey is the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const valueIds = (q: SurveyFixture['questions'][number]) =>
  q.type === 'SCALE' ? Array.from({ length: q.scaleMax ?? 5 }, (_, i) => String(i + 1)) : q.type === 'TEXT' ? [] : q.choices.map((c) => c.id);
const partition = (q: SurveyFixture['questions'][number]) => q.type !== 'MULTI_CHOICE' && q.type !== 'TEXT';

beforeAll(async () => {
  t = await startTestApp();
  await releaseWordsAtOnce(t);
  staff = await t.staff('commissioner@northbridge.example');
  s = await survey(staff, 'open');
  const random = prng(7);
  for (const band of BANDS) {
    for (let i = 0; i < SIZES[band]; i++) {
      bump(resp, band);
      const answers: Array<Record<string, unknown>> = [];
      for (const q of s.questions) {
        const required = q.type === 'SCALE' || q.type === 'YES_NO';
        if (!required && random() < 0.25) continue;
        bump((v) => ans(q.id, v), band);
        if (q.type === 'SCALE') {
          const x = String(1 + Math.floor(random() * 5));
          bump((v) => val(q.id, x, v), band);
          answers.push({ questionId: q.id, scale: Number(x) });
        } else if (q.type === 'TEXT') {
          answers.push({ questionId: q.id, text: `More clubs after school, number ${i}` });
        } else if (q.type === 'MULTI_CHOICE') {
          const chosen = q.choices.filter(() => random() < 0.5);
          const picked = chosen.length ? chosen : [q.choices[0]];
          for (const c of picked) bump((v) => val(q.id, c.id, v), band);
          answers.push({ questionId: q.id, choiceIds: picked.map((c) => c.id) });
        } else {
          const c = q.choices[Math.floor(random() * random() * q.choices.length)];
          bump((v) => val(q.id, c.id, v), band);
          answers.push({ questionId: q.id, choiceIds: [c.id] });
        }
      }
      await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: band, answers } });
    }
  }
});
afterAll(() => t.close());

/** Sum constraints every released number obeys: bands add up to all ages; a partition's values add up to its answered. */
function structure(): Equation[] {
  const eqs: Equation[] = [];
  const margin = (cell: (v: View) => string) => eqs.push(new Map([[cell('ALL'), 1], ...BANDS.map((b): [string, number] => [cell(b), -1])]));
  margin(resp);
  for (const q of s.questions) {
    margin((v) => ans(q.id, v));
    for (const x of valueIds(q)) margin((v) => val(q.id, x, v));
    if (partition(q)) for (const v of VIEWS) eqs.push(new Map([[ans(q.id, v), 1], ...valueIds(q).map((x): [string, number] => [val(q.id, x, v), -1])]));
  }
  return eqs;
}

const RESULTS = `query($id: ID!, $band: AgeBand) {
  surveyResults(surveyId: $id, ageBand: $band) {
    responseCount byAgeBand { ageBand count }
    questions { question { id } answered choices { choice { id } count } scale { value count }
      texts(first: 100) { totalCount edges { node { ageBand } } } }
  }
}`;

/** Every number released about the survey, by cell (a cell released twice must say the same), and the equations of its lists. */
async function released(): Promise<{ published: Map<string, number>; extra: Equation[]; withheld: number }> {
  const published = new Map<string, number>();
  let withheld = 0;
  const see = (cell: string, n: number | null | undefined) => {
    if (n === null || n === undefined) return void withheld++;
    if (published.has(cell)) expect(published.get(cell), cell).toBe(n);
    published.set(cell, n);
  };
  const extra: Equation[] = [];
  const text = s.questions.find((q) => q.type === 'TEXT')!;

  // Every view of the results, as the screen shows them.
  for (const v of VIEWS) {
    const r = await staff.request(RESULTS, { id: s.id, band: v === 'ALL' ? null : v });
    if (r.errors) {
      expect(r.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      continue;
    }
    const view = r.data.surveyResults;
    see(resp(v), view.responseCount);
    if (v === 'ALL') for (const b of view.byAgeBand) see(resp(b.ageBand), b.count);
    for (const q of view.questions) {
      see(ans(q.question.id, v), q.answered);
      for (const c of q.choices) see(val(q.question.id, c.choice.id, v), c.count);
      for (const c of q.scale) see(val(q.question.id, String(c.value), v), c.count);
      if (q.question.id !== text.id) continue;
      // The list's length is the answered count where that is shown (a withheld one lists nothing).
      if (q.answered !== null) expect(q.texts.totalCount).toBe(q.answered);
      else expect(q.texts.totalCount).toBe(0);
      if (v !== 'ALL') continue;
      // Counting the listed texts by the band printed beside each: a released number per band, and
      // the unprinted ones add up to the bands not printed.
      const nodes = q.texts.edges.map((e: any) => e.node.ageBand as string | null);
      expect(nodes).toHaveLength(q.texts.totalCount);
      const printed = new Set(nodes.filter((b: string | null) => b !== null));
      for (const b of printed) see(ans(text.id, b as View), nodes.filter((x: string | null) => x === b).length);
      const blanks = nodes.filter((x: string | null) => x === null).length;
      const cell = `blank/${text.id}`;
      see(cell, blanks);
      extra.push(new Map<string, number>([[cell, 1], ...BANDS.filter((b) => !printed.has(b)).map((b): [string, number] => [ans(text.id, b), -1])]));
    }
  }

  // The CSV export: the same cells, side by side.
  const csv = await (await fetch(`${t.url}/exports/surveys/${s.id}/results.csv`, { headers: { cookie: staff.cookie } })).text();
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const header = lines[0].split(',');
  expect(header.slice(2)).toEqual(['all ages', ...BANDS]);
  const number = (x: string) => (x === 'suppressed' ? null : Number(x));
  const cells = (row: string[], name: (v: View) => string) => row.slice(2).forEach((x, i) => see(name(VIEWS[i]), number(x)));
  const byPrompt = new Map(s.questions.map((q) => [q.id, q]));
  const prompts = await staff.gql(`query($id: ID!) { survey(id: $id) { questions { id prompt } } }`, { id: s.id });
  const idOf = new Map<string, string>(prompts.survey.questions.map((q: any) => [q.prompt, q.id]));
  for (const line of lines.slice(1, lines.indexOf(''))) {
    const row = line.split(',');
    if (row[0] === 'Responses') {
      see(resp('ALL'), number(row[2]));
      BANDS.forEach((b, i) => see(resp(b), number(row[3 + i])));
      continue;
    }
    const q = byPrompt.get(idOf.get(row[0])!)!;
    if (row[1] === 'answered') cells(row, (v) => ans(q.id, v));
    else cells(row, (v) => val(q.id, q.type === 'SCALE' ? row[1] : q.choices.find((c) => c.label === row[1])!.id, v));
  }

  // The voice list filtered by age band (refused where the band's count is withheld), and unfiltered.
  for (const v of VIEWS) {
    const r = await staff.request(`query($f: InputFilter) { inputs(filter: $f, first: 1) { totalCount } }`, { f: { surveyId: s.id, ...(v === 'ALL' ? {} : { ageBand: v }) } });
    if (r.errors) expect(r.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    else see(ans(text.id, v), r.data.inputs.totalCount);
  }

  // The public page shows no count, nor does the survey to another council's staff.
  const SIZE = `query($c: String!) { surveyByShareCode(code: $c) { responseCount } }`;
  expect((await t.agent().request(SIZE, { c: s.shareCode })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect((await (await t.staff('commissioner@southmoor.example')).request(SIZE, { c: s.shareCode })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  return { published, extra, withheld };
}

describe('every number a survey releases, together', () => {
  it('pins no count under the threshold, whatever the attacker adds up', async () => {
    const { published, extra, withheld } = await released();
    // The survey has small cells, so something was withheld, and what is shown is true.
    expect(withheld).toBeGreaterThan(0);
    for (const [cell, n] of published) if (truth.has(cell)) expect(n, cell).toBe(truth.get(cell));
    const pinned = [...attack([...structure(), ...extra], published)].filter(([, n]) => n > 0 && n < THRESHOLD);
    expect(pinned).toEqual([]);
  });

  it('negative twin: the same numbers with only the small cells themselves withheld give some away', () => {
    const primaryOnly = new Map([...truth].filter(([, n]) => n === 0 || n >= THRESHOLD));
    const pinned = [...attack(structure(), primaryOnly)].filter(([, n]) => n > 0 && n < THRESHOLD);
    expect(pinned.length).toBeGreaterThan(0);
  });
});

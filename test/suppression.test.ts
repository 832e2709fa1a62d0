import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS,
  protectCells,
  protectSurvey,
  type Band,
  type CellTable,
  type ProtectedView,
  type QuestionCube,
  type SurveyCube,
} from '../server/src/shared/suppression.js';
import { attack, type Equation } from './support/attacker.js';

// --- the attacker's model of a survey: public structure + what the views show -----------------

const VIEWS = ['ALL', ...AGE_BANDS] as const;
type View = (typeof VIEWS)[number];
const resp = (v: View) => `responses@${v}`;
const ans = (q: string, v: View) => `answered/${q}@${v}`;
const val = (q: string, x: string, v: View) => `value/${q}/${x}@${v}`;

function surveyEquations(cube: SurveyCube): Equation[] {
  const eqs: Equation[] = [];
  const margin = (cell: (v: View) => string) =>
    eqs.push(new Map([[cell('ALL'), 1], ...AGE_BANDS.map((b): [string, number] => [cell(b), -1])]));
  margin(resp);
  for (const q of cube.questions) {
    margin((v) => ans(q.id, v));
    for (const x of q.valueIds) margin((v) => val(q.id, x, v));
    if (q.kind === 'PARTITION') {
      for (const v of VIEWS) eqs.push(new Map([[ans(q.id, v), 1], ...q.valueIds.map((x): [string, number] => [val(q.id, x, v), -1])]));
    }
  }
  return eqs;
}

/** Every number any view shows, by cell; a cell shown in two places must show the same number. */
function publishedCells(cube: SurveyCube, views: Record<View, ProtectedView>): Map<string, number> {
  const out = new Map<string, number>();
  const see = (cell: string, p: { count: number | null; suppressed: boolean }) => {
    expect(p.suppressed).toBe(p.count === null);
    if (p.count === null) return;
    if (out.has(cell)) expect(out.get(cell)).toBe(p.count);
    out.set(cell, p.count);
  };
  for (const v of VIEWS) {
    const view = views[v];
    see(resp(v), view.responseCount);
    for (const b of AGE_BANDS) see(resp(b), view.byAgeBand[b]);
    for (const q of cube.questions) {
      see(ans(q.id, v), view.questions[q.id].answered);
      for (const x of q.valueIds) see(val(q.id, x, v), view.questions[q.id].values[x]);
    }
  }
  return out;
}

/** The truth, for checking only — never shown to the attacker. */
function trueCells(cube: SurveyCube): Map<string, number> {
  const out = new Map<string, number>();
  const measure = (cell: (v: View) => string, perBand: (b: Band) => number) => {
    let all = 0;
    for (const b of AGE_BANDS) {
      out.set(cell(b), perBand(b));
      all += perBand(b);
    }
    out.set(cell('ALL'), all);
  };
  measure(resp, (b) => cube.responses[b]);
  for (const q of cube.questions) {
    measure((v) => ans(q.id, v), (b) => q.answered[b]);
    for (const x of q.valueIds) measure((v) => val(q.id, x, v), (b) => q.counts[b][x]);
  }
  return out;
}

/** The naive scheme the engine exists to beat: primary suppression only. */
function naiveViews(cube: SurveyCube, threshold: number): Record<View, ProtectedView> {
  const truth = trueCells(cube);
  const pub = (cell: string) => {
    const n = truth.get(cell)!;
    return n > 0 && n < threshold ? { count: null, suppressed: true } : { count: n, suppressed: false };
  };
  const out = {} as Record<View, ProtectedView>;
  for (const v of VIEWS) {
    out[v] = {
      responseCount: pub(resp(v)),
      byAgeBand: Object.fromEntries(AGE_BANDS.map((b) => [b, pub(resp(b))])) as Record<Band, ProtectedView['responseCount']>,
      questions: Object.fromEntries(
        cube.questions.map((q) => [
          q.id,
          { answered: pub(ans(q.id, v)), values: Object.fromEntries(q.valueIds.map((x) => [x, pub(val(q.id, x, v))])) },
        ]),
      ),
    };
  }
  return out;
}

/** Runs the attacker on a protection of `cube` and checks what a safe protection must satisfy. */
function assertSafe(cube: SurveyCube, threshold: number, views: Record<View, ProtectedView>): void {
  const truth = trueCells(cube);
  const published = publishedCells(cube, views);
  for (const [cell, n] of truth) {
    // The survey's total response count is always shown (SurveyResults.responseCount is non-null);
    // every other small count must be withheld, with the total known to the attacker.
    if (n >= 1 && n < threshold && cell !== resp('ALL')) expect(published.has(cell), `primary ${cell}=${n} published`).toBe(false);
    if (published.has(cell)) expect(published.get(cell), `published ${cell}`).toBe(n);
  }
  // A withheld zero or large count may be worked out (it says nothing about a small group); a
  // small one never, and whatever is worked out must be true.
  const recovered = attack(surveyEquations(cube), published);
  for (const [c, n] of recovered) expect(n, `recovered ${c}`).toBe(truth.get(c));
  expect([...recovered].filter(([, n]) => n >= 1 && n < Math.max(5, threshold)).map(([c, n]) => `${c}=${n}`)).toEqual([]);
}

// --- cube builders -------------------------------------------------------------------------------

const perBand = (f: (b: Band, i: number) => number) =>
  Object.fromEntries(AGE_BANDS.map((b, i) => [b, f(b, i)])) as Record<Band, number>;

function partitionQuestion(id: string, counts: number[][]): QuestionCube {
  // counts[bandIndex][valueIndex]
  const valueIds = counts[0].map((_, k) => `v${k}`);
  return {
    id,
    kind: 'PARTITION',
    valueIds,
    answered: perBand((_, i) => counts[i].reduce((s, n) => s + n, 0)),
    counts: Object.fromEntries(
      AGE_BANDS.map((b, i) => [b, Object.fromEntries(valueIds.map((v, k) => [v, counts[i][k]]))]),
    ) as QuestionCube['counts'],
  };
}

// ---------------------------------------------------------------------------------------------

describe('protectCells', () => {
  const equationsOf = (table: CellTable): Equation[] =>
    table.sums.map((s) => {
      const e: Equation = new Map([[s.total, 1]]);
      for (const p of s.parts) e.set(p, (e.get(p) ?? 0) - 1);
      return e;
    });
  const publishedOf = (table: CellTable, withheld: Set<string>) =>
    new Map([...table.values].filter(([c]) => !withheld.has(c)));
  /** What the attacker pins among the small cells (1..t−1): a safe protection leaves this empty. */
  const pinnedSmall = (table: CellTable, withheld: Set<string>, t = 10) =>
    new Map([...attack(equationsOf(table), publishedOf(table, withheld))].filter(([, n]) => n >= 1 && n < t));
  const oneWay = (parts: Record<string, number>): CellTable => ({
    values: new Map([...Object.entries(parts), ['total', Object.values(parts).reduce((s, n) => s + n, 0)]]),
    sums: [{ total: 'total', parts: Object.keys(parts) }],
  });

  it('gives a single small cell the smallest non-zero partner', () => {
    const table = oneWay({ a: 3, b: 15, c: 20, d: 40 });
    expect(protectCells(table, 10)).toEqual(new Set(['a', 'b']));
  });

  it('leaves a zero published when a non-zero partner will do (a zero is often structural)', () => {
    const table = oneWay({ a: 3, b: 0, c: 12, d: 14 });
    const withheld = protectCells(table, 10);
    expect(withheld).toEqual(new Set(['a', 'c']));
    expect(pinnedSmall(table, withheld)).toEqual(new Map());
  });

  it('publishes everything when nothing is small, and withholds zeros only when they are all that is left', () => {
    expect(protectCells(oneWay({ a: 0, b: 15, c: 20 }), 10)).toEqual(new Set());
    const table = oneWay({ a: 3, b: 0, c: 0 });
    const withheld = protectCells(table, 10);
    expect(withheld.has('a') && withheld.has('total')).toBe(true); // total 3 is itself primary
    expect(pinnedSmall(table, withheld)).toEqual(new Map());
  });

  it('never goes below the floor of 5, and is deterministic whatever the order of the input', () => {
    expect(protectCells(oneWay({ a: 4, b: 20, c: 30 }), 2)).toEqual(new Set(['a', 'b']));
    const table = oneWay({ a: 3, b: 12, c: 12, d: 7 });
    const shuffled: CellTable = { values: new Map([...table.values].reverse()), sums: table.sums };
    expect(protectCells(shuffled, 10)).toEqual(protectCells(table, 10));
  });

  // A 4×4 table with row, column and grand totals. Every constraint has at least two primary cells,
  // so rule (a) is silent, yet r1c3 is pinned: the r1–r2 × c1–c2 block's row-1 part is known from
  // the block's other margins, and row 1's total then gives r1c3 away. It is a bridge between the
  // two protected blocks.
  const grid = [
    [3, 4, 2, 30],
    [5, 6, 25, 20],
    [30, 25, 7, 8],
    [20, 30, 9, 6],
  ];
  const bridgeTable = (): CellTable => {
    const values = new Map<string, number>();
    const sums: CellTable['sums'] = [];
    grid.forEach((row, i) => row.forEach((n, j) => values.set(`r${i + 1}c${j + 1}`, n)));
    grid.forEach((row, i) => values.set(`r${i + 1}`, row.reduce((s, n) => s + n, 0)));
    grid[0].forEach((_, j) => values.set(`c${j + 1}`, grid.reduce((s, row) => s + row[j], 0)));
    values.set('grand', grid.flat().reduce((s, n) => s + n, 0));
    grid.forEach((row, i) => sums.push({ total: `r${i + 1}`, parts: row.map((_, j) => `r${i + 1}c${j + 1}`) }));
    grid[0].forEach((_, j) => sums.push({ total: `c${j + 1}`, parts: grid.map((_, i) => `r${i + 1}c${j + 1}`) }));
    sums.push({ total: 'grand', parts: grid.map((_, i) => `r${i + 1}`) });
    sums.push({ total: 'grand', parts: grid[0].map((_, j) => `c${j + 1}`) });
    return { values, sums };
  };

  it('protects a bridge cell that no single constraint gives away', () => {
    const table = bridgeTable();
    const primary = new Set([...table.values].filter(([, n]) => n > 0 && n < 10).map(([c]) => c));
    // The attacker has teeth here: with primary suppression only, the bridge falls to linear algebra.
    expect(attack(equationsOf(table), publishedOf(table, primary), { linear: true, bounds: false }).get('r1c3')).toBe(2);

    const withheld = protectCells(table, 10);
    for (const c of primary) expect(withheld.has(c)).toBe(true);
    expect(withheld.size).toBeGreaterThan(primary.size);
    expect(pinnedSmall(table, withheld)).toEqual(new Map());
  });

  it('does not let zeros chosen as secondaries pin a cell by non-negativity', () => {
    // 2×2 with margins: x11 = 3, the rest 0. Withholding the four inner cells looks like a cycle to
    // linear algebra, but the zero margins force the zeros, and then x11.
    const values = new Map(Object.entries({ x11: 3, x12: 0, x21: 0, x22: 0, r1: 3, r2: 0, c1: 3, c2: 0, g: 3 }));
    const table: CellTable = {
      values,
      sums: [
        { total: 'r1', parts: ['x11', 'x12'] },
        { total: 'r2', parts: ['x21', 'x22'] },
        { total: 'c1', parts: ['x11', 'x21'] },
        { total: 'c2', parts: ['x12', 'x22'] },
        { total: 'g', parts: ['r1', 'r2'] },
        { total: 'g', parts: ['c1', 'c2'] },
      ],
    };
    const equations = equationsOf(table);
    const inner = new Set(['x11', 'x12', 'x21', 'x22']);
    const published = publishedOf(table, inner);
    expect(attack(equations, published, { linear: true, bounds: false })).toEqual(new Map());
    expect(attack(equations, published).get('x11')).toBe(3); // the bounds half of the attacker has teeth

    const withheld = protectCells(table, 10);
    expect(pinnedSmall(table, withheld)).toEqual(new Map());
  });

  // Tables of 2 or 3 dimensions with every margin (3-D ones are not totally unimodular, so the
  // engine's search may fail to find certificates there; it must then withhold more, never less).
  const tableOf = (dims: number[], interior: number[]): CellTable => {
    const tuples: number[][] = dims.reduce<number[][]>((acc, d) => acc.flatMap((t) => Array.from({ length: d + 1 }, (_, i) => [...t, i])), [[]]);
    const id = (t: number[]) => t.join('.');
    const values = new Map<string, number>();
    let next = 0;
    // Index 0 on an axis is that axis's total, so a cell's value is the sum of the interior cells under it.
    const inner = tuples.filter((t) => t.every((i) => i > 0));
    const own = new Map(inner.map((t) => [id(t), interior[next++ % interior.length]]));
    for (const t of tuples) {
      let sum = 0;
      for (const u of inner) if (t.every((i, a) => i === 0 || i === u[a])) sum += own.get(id(u))!;
      values.set(id(t), sum);
    }
    const sums = tuples.flatMap((t) =>
      t.flatMap((i, a) => (i === 0 ? [{ total: id(t), parts: Array.from({ length: dims[a] }, (_, k) => id(t.map((x, b) => (b === a ? k + 1 : x)))) }] : [])),
    );
    return { values, sums };
  };
  const tables = fc.tuple(
    fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 2, maxLength: 3 }),
    fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 40 })), { minLength: 8, maxLength: 64 }),
    fc.integer({ min: 5, max: 12 }),
  );

  it('protects random 2-D and 3-D tables with margins against the attacker (property)', () => {
    fc.assert(
      fc.property(tables, ([dims, interior, threshold]) => {
        const table = tableOf(dims, interior);
        const withheld = protectCells(table, threshold);
        for (const [c, n] of table.values) if (n > 0 && n < threshold) expect(withheld.has(c)).toBe(true);
        expect(pinnedSmall(table, withheld, Math.max(5, threshold))).toEqual(new Map());
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('rejects tables that break their own constraints', () => {
    expect(() => protectCells({ values: new Map([['t', 5], ['a', 3]]), sums: [{ total: 't', parts: ['a'] }] }, 10)).toThrow(
      /break/,
    );
    expect(() => protectCells({ values: new Map([['a', -1]]), sums: [] }, 10)).toThrow(/non-negative/);
  });
});

describe('protectSurvey', () => {
  const responses = perBand((b) => ({ AGE_4_TO_7: 25, AGE_8_TO_11: 3, AGE_12_TO_17: 40, AGE_18_TO_25: 12, PARENT_CARER: 30, NOT_SAID: 15 })[b]);

  it('shows the total of a survey with few responses but no band of it', () => {
    const cube: SurveyCube = { responses: perBand((b) => (b === 'AGE_12_TO_17' ? 4 : 0)), questions: [] };
    const views = protectSurvey(cube, 10);
    expect(views.ALL.responseCount).toEqual({ count: 4, suppressed: false });
    expect(views.ALL.byAgeBand.AGE_12_TO_17).toEqual({ count: null, suppressed: true });
    // A zero band is withheld too, or the 4 would be pinned to 12–17 by ALL − the zeros.
    expect(AGE_BANDS.filter((b) => views.ALL.byAgeBand[b].suppressed).length).toBeGreaterThan(1);
    assertSafe(cube, 10, views);
  });

  it('withholds a band of 3 responses so that it cannot be recovered as ALL − other bands', () => {
    const cube: SurveyCube = { responses, questions: [] };
    const views = protectSurvey(cube, 10);
    expect(views.ALL.byAgeBand.AGE_8_TO_11).toEqual({ count: null, suppressed: true });
    expect(views.AGE_8_TO_11.responseCount).toEqual({ count: null, suppressed: true });
    expect(views.ALL.responseCount).toEqual({ count: 125, suppressed: false });
    expect(views.ALL.byAgeBand.AGE_18_TO_25.suppressed).toBe(true); // the smallest partner
    assertSafe(cube, 10, views);

    // Without secondary suppression, ALL − the other bands gives it away.
    const naive = attack(surveyEquations(cube), publishedCells(cube, naiveViews(cube, 10)));
    expect(naive.get(resp('AGE_8_TO_11'))).toBe(3);
  });

  it('protects a single-choice question across every band view and the total', () => {
    const cube: SurveyCube = {
      responses,
      questions: [partitionQuestion('q', [[20, 5], [2, 1], [30, 10], [6, 6], [15, 15], [10, 5]])],
    };
    const views = protectSurvey(cube, 10);
    expect(views.AGE_12_TO_17.questions.q.values.v0).toEqual({ count: 30, suppressed: false });
    assertSafe(cube, 10, views);
  });

  it('shows the all-ages view of a 96-response survey whole, and says truly why each band view is refused', () => {
    // 2 aged 8–11 and 94 aged 12–17: every all-ages cell is large, so none is hidden; the 8–11
    // view is too small, and the 12–17 view would be ALL minus it.
    const two = (a: number[], b: number[]) => AGE_BANDS.map((band) => (band === 'AGE_8_TO_11' ? a : band === 'AGE_12_TO_17' ? b : a.map(() => 0)));
    const cube: SurveyCube = {
      responses: perBand((b) => (b === 'AGE_8_TO_11' ? 2 : b === 'AGE_12_TO_17' ? 94 : 0)),
      questions: [
        partitionQuestion('where', two([1, 1, 0], [23, 40, 31])), // School 24, Home 41, Online 31
        partitionQuestion('scale', two([0, 2, 0, 0, 0], [10, 20, 30, 20, 14])),
        partitionQuestion('yesno', two([2, 0], [60, 34])),
      ],
    };
    const views = protectSurvey(cube, 10);
    const all = views.ALL;
    expect(all.responseCount).toEqual({ count: 96, suppressed: false });
    expect(all.questions.where.values).toEqual({ v0: { count: 24, suppressed: false }, v1: { count: 41, suppressed: false }, v2: { count: 31, suppressed: false } });
    for (const q of cube.questions) {
      expect(all.questions[q.id].answered.suppressed).toBe(false);
      for (const v of q.valueIds) expect(all.questions[q.id].values[v].suppressed, `${q.id} ${v}`).toBe(false);
    }
    expect(views.ALL.refused).toBeNull();
    expect(views.AGE_8_TO_11.refused).toEqual({ reason: 'FEW_RESPONSES' });
    expect(views.AGE_12_TO_17.refused).toEqual({ reason: 'WOULD_REVEAL', protects: 'AGE_8_TO_11' });
    expect(views.AGE_12_TO_17.responseCount.suppressed).toBe(true);
    assertSafe(cube, 10, views);
  });

  it('the attacker recovers cells from a primary-only protection', () => {
    const cube: SurveyCube = {
      responses,
      questions: [partitionQuestion('q', [[20, 5], [2, 1], [30, 10], [6, 6], [15, 15], [10, 5]])],
    };
    const truth = trueCells(cube);
    const recovered = attack(surveyEquations(cube), publishedCells(cube, naiveViews(cube, 10)));
    expect(recovered.size).toBeGreaterThan(0);
    for (const [cell, n] of recovered) expect(n).toBe(truth.get(cell));
    expect(recovered.get(val('q', 'v1', 'AGE_4_TO_7'))).toBe(5); // answered 25 − published 20
    // …so the check the property test makes does fail on it.
    expect(() => assertSafe(cube, 10, naiveViews(cube, 10))).toThrow();
  });

  // Many small numbers, so tables are full of primary cells and the secondaries have to interlock.
  const count = fc.oneof(
    { weight: 3, arbitrary: fc.constant(0) },
    { weight: 5, arbitrary: fc.integer({ min: 1, max: 12 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }) },
  );
  const bands = fc.array(count, { minLength: AGE_BANDS.length, maxLength: AGE_BANDS.length });
  const question = (id: string): fc.Arbitrary<QuestionCube> =>
    fc
      .record({ kind: fc.constantFrom('PARTITION', 'INDEPENDENT', 'TEXT'), values: fc.integer({ min: 2, max: 5 }) })
      .chain(({ kind, values }) => {
        const n = kind === 'TEXT' ? 0 : values;
        return fc.record({
          counts: fc.array(bands, { minLength: n, maxLength: n }), // [value][band]
          extra: bands, // multi-choice: answered ≥ every count; text: answered outright
        }).map(({ counts, extra }): QuestionCube => {
          const valueIds = counts.map((_, k) => `v${k}`);
          const byBand = AGE_BANDS.map((_, i) => counts.map((c) => c[i]));
          if (kind === 'PARTITION') return partitionQuestion(id, byBand);
          return {
            id,
            kind: 'INDEPENDENT',
            valueIds,
            answered: perBand((_, i) => Math.max(0, ...byBand[i]) + extra[i]),
            counts: Object.fromEntries(
              AGE_BANDS.map((b, i) => [b, Object.fromEntries(valueIds.map((v, k) => [v, byBand[i][k]]))]),
            ) as QuestionCube['counts'],
          };
        });
      });
  const survey: fc.Arbitrary<SurveyCube> = fc
    .integer({ min: 1, max: 4 })
    .chain((n) => fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => question(`q${i}`))), bands))
    .map(([questions, extra]) => ({
      questions,
      responses: perBand((b, i) => Math.max(0, ...questions.map((q) => q.answered[b])) + extra[i]),
    }));

  it('no withheld cell can be recovered by an independent attacker (property)', () => {
    fc.assert(
      fc.property(survey, fc.integer({ min: 5, max: 12 }), (cube, threshold) => {
        assertSafe(cube, threshold, protectSurvey(cube, threshold));
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

import { MIN_SUPPRESSION_THRESHOLD } from './disclosure.js';

/**
 * A table of non-negative integer counts plus the sums everyone knows hold between them (a view's
 * answered count is the sum of its choice counts, the all-ages count is the sum of the bands, …).
 */
export interface CellTable {
  /** cell values, by id (e.g. "q1:choiceA:AGE_8_TO_11"). All non-negative integers. */
  values: Map<string, number>;
  /** linear constraints that are public knowledge: sum(cells in `parts`) === value of cell `total`. */
  sums: Array<{ total: string; parts: string[] }>;
}

/** One linear constraint Σ coef·cell = 0, cells by index into the sorted ids; total = -1 if it cancelled out. */
interface Row {
  cells: number[];
  coefs: number[];
  total: number;
}

/**
 * Returns the set of cell ids to withhold: primary (1..T-1) plus enough secondary cells that no
 * withheld small cell (1..T-1) is determined by the published cells and the constraints. A
 * withheld zero or large count may be determinable: it tells nothing about a small group.
 *
 * Attacker defended against: someone who sees every published cell, knows every constraint in
 * `sums` and that counts are non-negative integers, and can do any amount of computation with
 * them — differencing, exact linear algebra, bound propagation, linear or integer programming.
 * The defence is a certificate per withheld cell: a second non-negative integer table that agrees
 * with every published cell and every constraint but differs from the truth by one in that cell.
 * While such a table exists no attacker of that kind can tell the two apart, so the cell is not
 * determined. The algorithm splits the table into connected components of constraints (each
 * question of a survey is its own small system). Within a component it first withholds the
 * primary cells, then (a) repeatedly gives a partner to any constraint with exactly one withheld
 * cell (the smallest non-zero published part, then a zero part — zeros are often structural — then the total); then (b+c) looks
 * for each withheld cell's certificate by a phase-1 simplex (Gauss–Jordan pivots on an integer
 * tableau) over the withheld cells with non-negativity and the cell moved by ±1 — infeasible
 * exactly when the cell is pinned by linear algebra (a "bridge") or by bounds (e.g. zeros that can
 * only go up) — and, where there is none, withholds the most preferred published cell that
 * creates one (non-zero parts, then zeros, then totals; smallest first). A certificate stays valid when more cells are
 * withheld, so the loop only grows the withheld set and stops at worst with the whole component
 * withheld. Every certificate is checked in exact integer arithmetic before it is believed; for
 * tables whose constraint matrix is totally unimodular (one-way and two-way tables with margins,
 * which is what {@link protectSurvey} builds) the search is also complete: a cell lacks a
 * certificate only if it really is determined, so secondaries go only where they are needed
 * (chosen greedily, not a minimum set). Ties are broken by cell id, so the result depends only on
 * the table and the threshold.
 *
 * `alwaysWithheld` names cells the caller will not publish in any case (a whole view it refuses):
 * they are withheld from the start, so they serve as complements at no extra cost.
 *
 * Not defended against: relations that are not in `sums` (e.g. "answered ≤ responses"), what the
 * pattern of suppression itself hints at, and differencing two releases of a table taken at
 * different times.
 *
 * Throws if a value is not a non-negative integer, a constraint names an unknown cell, or the
 * values break a constraint — publishing under a wrong model of the data would not be safe.
 */
export function protectCells(
  table: CellTable,
  threshold: number,
  alwaysPublished: ReadonlySet<string> = new Set(),
  alwaysWithheld: ReadonlySet<string> = new Set(),
): Set<string> {
  if (!Number.isFinite(threshold)) throw new RangeError(`Suppression threshold must be a number, got ${threshold}`);
  // Organisations may raise the threshold, never lower it below the floor; clamp rather than trust config.
  const t = Math.max(MIN_SUPPRESSION_THRESHOLD, Math.ceil(threshold));

  // Sorted ids make the result independent of insertion order.
  const ids = [...table.values.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const value = ids.map((id) => {
    const v = table.values.get(id)!;
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`Cell ${id} is not a non-negative integer: ${v}`);
    return v;
  });
  const rows = buildRows(table, index, value, ids);

  // Cells the caller publishes whatever they hold (e.g. a survey's total response count): never
  // withheld, so every other withheld cell must be protected with them known.
  const locked = new Uint8Array(ids.length);
  for (const id of alwaysPublished) if (index.has(id)) locked[index.get(id)!] = 1;
  const withheld = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) if (value[i] >= 1 && value[i] < t && !locked[i]) withheld[i] = 1;
  // Cells the caller will not publish anyway (e.g. every cell of a refused band view): free complements.
  for (const id of alwaysWithheld) if (index.has(id) && !locked[index.get(id)!]) withheld[index.get(id)!] = 1;

  for (const component of components(ids.length, rows)) {
    if (component.cells.some((c) => withheld[c])) protectComponent(component.cells, component.rows, value, withheld, locked, t);
  }
  return new Set(ids.filter((_, i) => withheld[i]));
}

function buildRows(table: CellTable, index: Map<string, number>, value: number[], ids: string[]): Row[] {
  const byKey = new Map<string, Row>();
  for (const sum of table.sums) {
    const coef = new Map<number, number>();
    const at = (id: string): number => {
      const i = index.get(id);
      if (i === undefined) throw new RangeError(`Constraint names unknown cell ${id}`);
      return i;
    };
    const total = at(sum.total);
    coef.set(total, 1);
    for (const part of sum.parts) {
      const p = at(part);
      coef.set(p, (coef.get(p) ?? 0) - 1);
    }
    const cells = [...coef.keys()].filter((c) => coef.get(c) !== 0).sort((a, b) => a - b);
    const coefs = cells.map((c) => coef.get(c)!);
    if (cells.reduce((s, c, k) => s + coefs[k] * value[c], 0) !== 0) {
      throw new RangeError(`Values break the constraint ${ids[total]} = ${sum.parts.join(' + ')}`);
    }
    if (cells.length === 0) continue;
    const key = cells.map((c, k) => `${c}:${coefs[k]}`).join(',');
    if (!byKey.has(key)) byKey.set(key, { cells, coefs, total: coef.get(total) !== 0 ? total : -1 });
  }
  // Canonical order, so the order of `sums` cannot change which secondaries are chosen.
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** Connected components of cells linked by constraints; cells in no constraint are left out (nothing can pin them). */
function components(n: number, rows: Row[]): Array<{ cells: number[]; rows: Row[] }> {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const row of rows) for (const c of row.cells) parent[find(c)] = find(row.cells[0]);
  const byRoot = new Map<number, { cells: Set<number>; rows: Row[] }>();
  for (const row of rows) {
    const root = find(row.cells[0]);
    let comp = byRoot.get(root);
    if (!comp) byRoot.set(root, (comp = { cells: new Set(), rows: [] }));
    comp.rows.push(row);
    for (const c of row.cells) comp.cells.add(c);
  }
  return [...byRoot.values()].map((c) => ({ cells: [...c.cells].sort((a, b) => a - b), rows: c.rows }));
}

/** Secondary suppression within one component; grows `withheld` until every withheld cell has a certificate. */
function protectComponent(cells: number[], rows: Row[], value: number[], withheld: Uint8Array, locked: Uint8Array, t: number): void {
  // Only small counts need protecting: a withheld zero or large count that can be worked out
  // reveals nothing about a small group (it was withheld as a complement or with its whole view).
  const small = (c: number) => value[c] >= 1 && value[c] < t;
  // Withholding more never invalidates a certificate, so a cell is checked until it passes, then never again.
  const settled = new Set<number>();
  const rowsOf = new Map<number, Row[]>();
  for (const row of rows) {
    for (const c of row.cells) {
      const list = rowsOf.get(c);
      if (list) list.push(row);
      else rowsOf.set(c, [row]);
    }
  }

  for (;;) {
    partnerLoneCells(rows, value, withheld, locked, small);
    let grew = false;
    for (const x of cells) {
      if (!withheld[x] || !small(x) || settled.has(x)) continue;
      const block = blockOf(x, rowsOf, withheld);
      const moved = certificate(x, block, value, withheld);
      if (moved) {
        // One alternative table clears every cell it changes, which saves most of the searches.
        for (const c of moved) settled.add(c);
        continue;
      }
      const breaker = chooseBreaker(x, block, rowsOf, value, withheld, locked);
      if (breaker === undefined) {
        settled.add(x); // its block is withheld whole: nothing published pins it, the structure does
        continue;
      }
      withheld[breaker] = 1;
      grew = true;
      break; // the cheap rule (a) may now apply again
    }
    if (!grew) return;
  }
}

/** Rule (a): a constraint with exactly one withheld cell gives that cell away, so withhold a partner if it is small. */
function partnerLoneCells(rows: Row[], value: number[], withheld: Uint8Array, locked: Uint8Array, small: (c: number) => boolean): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const row of rows) {
      const hidden = row.cells.filter((c) => withheld[c]);
      if (hidden.length !== 1 || !small(hidden[0])) continue;
      const open = row.cells.filter((c) => !withheld[c] && !locked[c]);
      // The cheapest real partner: the smallest non-zero count. A zero comes after, because zeros are
      // often structural (a survey not offered to 4–7s, a theme with no proposal) and a reader who
      // knows that sees through it; a total comes last, because a total is what readers use most.
      const rank = (c: number): [number, number, number] => [c === row.total ? 2 : value[c] === 0 ? 1 : 0, value[c], c];
      const partner = open.sort((a, b) => compareTuples(rank(a), rank(b)))[0];
      if (partner === undefined) continue; // a one-cell constraint: public knowledge whatever we do
      withheld[partner] = 1;
      changed = true;
    }
  }
}

/**
 * The constraints reachable from `x` through withheld cells. Published cells are constants, so
 * only this block can move when `x` moves; the rest of the component is irrelevant to `x`.
 */
function blockOf(x: number, rowsOf: Map<number, Row[]>, withheld: Uint8Array): Row[] {
  const seenCells = new Set([x]);
  const seenRows = new Set<Row>();
  const queue = [x];
  while (queue.length > 0) {
    for (const row of rowsOf.get(queue.pop()!) ?? []) {
      if (seenRows.has(row)) continue;
      seenRows.add(row);
      for (const c of row.cells) {
        if (withheld[c] && !seenCells.has(c)) {
          seenCells.add(c);
          queue.push(c);
        }
      }
    }
  }
  return [...seenRows];
}

/**
 * The published cell to withhold so that `x` gets a certificate: among cells sharing a constraint
 * with the withheld cells of x's block (no other cell can join a cycle through `x`), non-zero
 * before zero, smallest first. If no single cell is enough, the most preferred neighbour of `x` is
 * withheld and the loop retries; undefined if there is no candidate at all.
 */
function chooseBreaker(
  x: number,
  block: Row[],
  rowsOf: Map<number, Row[]>,
  value: number[],
  withheld: Uint8Array,
  locked: Uint8Array,
): number | undefined {
  const touching = new Set<number>();
  const totals = new Set<number>();
  for (const row of block) {
    for (const c of row.cells) if (!withheld[c] && !locked[c]) touching.add(c);
    if (row.total >= 0) totals.add(row.total);
  }
  const rank = (c: number): [number, number, number] => [totals.has(c) ? 2 : value[c] === 0 ? 1 : 0, value[c], c];
  const candidates = [...touching].sort((a, b) => compareTuples(rank(a), rank(b)));
  for (const c of candidates) {
    withheld[c] = 1;
    const ok = certificate(x, blockOf(x, rowsOf, withheld), value, withheld) !== null;
    withheld[c] = 0;
    if (ok) return c;
  }
  const neighbours = new Set((rowsOf.get(x) ?? []).flatMap((r) => r.cells));
  return candidates.find((c) => neighbours.has(c)) ?? candidates[0];
}

/**
 * A certificate for withheld cell `x`: a non-negative integer assignment to the withheld cells of
 * its block that satisfies every constraint (with the published cells at their true values) and
 * puts `x` at its true value ± 1. Returns the cells it changes (each of them is then not
 * determined either), or null if none was found.
 */
function certificate(x: number, block: Row[], value: number[], withheld: Uint8Array): number[] | null {
  if (block.length === 0) return [x]; // in no constraint: nothing pins it
  const unknown: number[] = [];
  const col = new Map<number, number>();
  for (const row of block) {
    for (const c of row.cells) {
      if (withheld[c] && !col.has(c)) {
        col.set(c, unknown.length);
        unknown.push(c);
      }
    }
  }
  const n = unknown.length;
  const m = block.length + 1;
  const A = new Int32Array(m * n); // row-major; the last row pins x
  const b = new Array<number>(m).fill(0);
  block.forEach((row, i) => {
    row.cells.forEach((c, k) => {
      const j = col.get(c);
      if (j === undefined) return;
      A[i * n + j] += row.coefs[k];
      b[i] += row.coefs[k] * value[c];
    });
  });
  A[(m - 1) * n + col.get(x)!] = 1;
  for (const step of [1, -1]) {
    const target = value[x] + step;
    if (target < 0) continue;
    b[m - 1] = target;
    const w = feasiblePoint(A, b, m, n);
    if (w && isSolution(w, A, b, m, n)) return unknown.filter((c, j) => w[j] !== value[c]);
  }
  return null;
}

/** Exact integer check of a candidate certificate, so floating point in the simplex can only make us more cautious. */
function isSolution(w: Float64Array, A: Int32Array, b: number[], m: number, n: number): boolean {
  for (let j = 0; j < n; j++) {
    if (w[j] < 0 || !Number.isSafeInteger(w[j])) return false;
  }
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += A[i * n + j] * w[j];
    if (s !== b[i]) return false;
  }
  return true;
}

/**
 * A vertex of { w ≥ 0 : A w = b } (A is m×n, row-major) by phase-1 simplex with Bland's rule, or
 * null if none was found. For totally unimodular A every pivot is ±1, so the arithmetic is exact
 * integer arithmetic; a vertex that is not integral fails {@link isSolution}.
 */
function feasiblePoint(A: Int32Array, b: number[], m: number, n: number): Float64Array | null {
  const width = n + m + 1; // variables, artificials, right-hand side
  const rhs = width - 1;
  const T = new Float64Array(m * width);
  // Reduced costs of "minimise the sum of artificials" (artificial columns start at zero).
  const cost = new Float64Array(width);
  for (let i = 0; i < m; i++) {
    const sign = b[i] < 0 ? -1 : 1;
    const o = i * width;
    for (let j = 0; j < n; j++) {
      T[o + j] = sign * A[i * n + j];
      cost[j] -= T[o + j];
    }
    T[o + n + i] = 1;
    T[o + rhs] = sign * b[i];
    cost[rhs] -= T[o + rhs];
  }
  const basis = new Int32Array(m);
  for (let i = 0; i < m; i++) basis[i] = n + i;
  const eps = 1e-9;
  for (let iter = 0; iter < 50 * width; iter++) {
    let enter = -1;
    for (let j = 0; j < n && enter < 0; j++) if (cost[j] < -eps) enter = j;
    if (enter < 0) {
      if (cost[rhs] < -eps) return null; // the artificials cannot all reach zero: infeasible
      const w = new Float64Array(n);
      for (let i = 0; i < m; i++) if (basis[i] < n) w[basis[i]] = T[i * width + rhs];
      return w;
    }
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < m; i++) {
      const a = T[i * width + enter];
      if (a <= eps) continue;
      const ratio = T[i * width + rhs] / a;
      if (ratio < best - eps || (ratio <= best + eps && basis[i] < basis[leave])) {
        best = ratio;
        leave = i;
      }
    }
    if (leave < 0) return null; // cannot happen in phase 1 (bounded below by zero)
    const p = leave * width;
    const pivot = T[p + enter];
    for (let j = 0; j < width; j++) T[p + j] /= pivot;
    for (let i = 0; i < m; i++) {
      const o = i * width;
      const f = T[o + enter];
      if (i === leave || f === 0) continue;
      for (let j = 0; j < width; j++) T[o + j] -= f * T[p + j];
    }
    const f = cost[enter];
    for (let j = 0; j < width; j++) cost[j] -= f * T[p + j];
    basis[leave] = enter;
  }
  return null; // iteration cap: treat as no certificate, which only withholds more
}

function compareTuples(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Survey adapter

/** The age bands a respondent can report; each is a view of the results, as is 'ALL'. */
export const AGE_BANDS = ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'PARENT_CARER', 'NOT_SAID'] as const;
/** One age band. */
export type Band = (typeof AGE_BANDS)[number];

/** The true counts for one question, per age band. */
export interface QuestionCube {
  id: string;
  kind: 'PARTITION' | 'INDEPENDENT'; // PARTITION: single choice, yes/no, scale — the value counts of a view sum to its answered count. INDEPENDENT: multi-choice (counts do not sum to answered) and text (no value counts).
  valueIds: string[]; // choice ids, or scale values as strings; [] for text
  answered: Record<Band, number>; // answered count per band
  counts: Record<Band, Record<string, number>>; // per band, per value id
}
/** The true counts for a whole survey, per age band; the 'ALL' view is derived by summing. */
export interface SurveyCube {
  responses: Record<Band, number>;
  questions: QuestionCube[];
}
/** A count as shown to staff: null and `suppressed` when withheld. */
export interface Published {
  count: number | null;
  suppressed: boolean;
}
/**
 * Why a band view is not shown at all: its own responses are too few, or (`protects`) showing it
 * beside the all-ages view would reveal a smaller band by subtraction.
 */
export type Refusal = { reason: 'FEW_RESPONSES' } | { reason: 'WOULD_REVEAL'; protects: Band | null };
/** What staff may see of one view ('ALL' or one band). */
export interface ProtectedView {
  responseCount: Published; // responses in this view
  byAgeBand: Record<Band, Published>; // only meaningful in the 'ALL' view
  questions: Record<string, { answered: Published; values: Record<string, Published> }>;
  /** Set when the whole view is withheld (every count in it is then suppressed); null for 'ALL'. */
  refused: Refusal | null;
}

/**
 * Which band views to refuse whole. A band with 1..T−1 responses is refused. If that leaves
 * exactly one refused band, ALL − the shown bands would give it back, so the smallest other band
 * with responses is refused too (named in the reason). A band with no responses is a complement
 * only when there is no other: a zero is often structural (a survey never offered to 4–7s), and
 * hiding it would protect nothing against someone who knows that.
 */
function refusedViews(responses: Record<Band, number>, threshold: number): Map<Band, Refusal> {
  const t = Math.max(MIN_SUPPRESSION_THRESHOLD, Math.ceil(threshold));
  const refused = new Map<Band, Refusal>();
  for (const band of AGE_BANDS) if (responses[band] > 0 && responses[band] < t) refused.set(band, { reason: 'FEW_RESPONSES' });
  if (refused.size === 1) {
    const [small] = refused.keys();
    const others = AGE_BANDS.filter((b) => b !== small);
    const rank = (b: Band): [number, number, number] => [responses[b] > 0 ? 0 : 1, responses[b], AGE_BANDS.indexOf(b)];
    const partner = others.sort((a, b) => compareTuples(rank(a), rank(b)))[0];
    refused.set(partner, { reason: 'WOULD_REVEAL', protects: small });
  }
  return refused;
}

/**
 * Protects every view at once (the totals 'ALL' and each single band), because an attacker can
 * query them all and subtract.
 *
 * Builds one {@link CellTable}: for every measure (responses; each question's answered count; each
 * question's count of each value) a cell per band plus an 'ALL' cell, with ALL = Σ bands; and for
 * PARTITION questions, in every view, answered = Σ value counts. So each PARTITION question is a
 * two-way table with margins, and the rest are one-way tables, all protected by
 * {@link protectCells} against an attacker holding every view. Band views too small to show are
 * refused whole first ({@link refusedViews}: `refused` says why), so the all-ages view, the one
 * most used, keeps every cell that is not itself small. A band view's responseCount is that band's
 * responses cell (if it is withheld the view is refused and the caller must not show it at all);
 * byAgeBand carries the band responses cells in every view, identical everywhere. Missing counts
 * are read as zero. Throws on duplicate question or value ids, or if a PARTITION question's value
 * counts do not add up to its answered count.
 */
export function protectSurvey(cube: SurveyCube, threshold: number): Record<'ALL' | Band, ProtectedView> {
  // The survey's total response count is always shown (it is the survey's own size, not a slice).
  type View = 'ALL' | Band;
  const views: readonly View[] = ['ALL', ...AGE_BANDS];
  const values = new Map<string, number>();
  const sums: CellTable['sums'] = [];

  /** One cell per view for a measure, with ALL = Σ bands; returns the cell ids by view. */
  const addMeasure = (measure: string[], perBand: (band: Band) => number | undefined): Record<View, string> => {
    // JSON ids cannot collide whatever characters the question and value ids contain.
    const ids = Object.fromEntries(views.map((view) => [view, JSON.stringify([...measure, view])])) as Record<View, string>;
    if (values.has(ids.ALL)) throw new RangeError(`Duplicate measure ${measure.join(' ')}`);
    let total = 0;
    for (const band of AGE_BANDS) {
      const v = perBand(band) ?? 0;
      values.set(ids[band], v);
      total += v;
    }
    values.set(ids.ALL, total);
    sums.push({ total: ids.ALL, parts: AGE_BANDS.map((band) => ids[band]) });
    return ids;
  };

  const responses = addMeasure(['responses'], (band) => cube.responses[band]);
  const questions = cube.questions.map((q) => {
    const answered = addMeasure(['answered', q.id], (band) => q.answered[band]);
    const byValue = q.valueIds.map((v) => addMeasure(['value', q.id, v], (band) => q.counts[band]?.[v]));
    if (q.kind === 'PARTITION') {
      for (const view of views) sums.push({ total: answered[view], parts: byValue.map((ids) => ids[view]) });
    }
    return { q, answered, byValue };
  });

  // A band view too small to show is refused whole, with a partner, before any cell is looked at:
  // its cells are then free complements, and the all-ages view stays whole wherever its own cells allow.
  const refused = refusedViews(
    Object.fromEntries(AGE_BANDS.map((b) => [b, values.get(responses[b])!])) as Record<Band, number>,
    threshold,
  );
  const forced = new Set<string>();
  for (const band of refused.keys()) {
    forced.add(responses[band]);
    for (const { answered, byValue } of questions) {
      forced.add(answered[band]);
      for (const ids of byValue) forced.add(ids[band]);
    }
  }
  const withheld = protectCells({ values, sums }, threshold, new Set([responses.ALL]), forced);
  const publish = (id: string): Published =>
    withheld.has(id) ? { count: null, suppressed: true } : { count: values.get(id)!, suppressed: false };

  const result = {} as Record<View, ProtectedView>;
  for (const view of views) {
    const byAgeBand = {} as Record<Band, Published>;
    for (const band of AGE_BANDS) byAgeBand[band] = publish(responses[band]);
    const shown: ProtectedView['questions'] = {};
    for (const { q, answered, byValue } of questions) {
      const vals: Record<string, Published> = {};
      q.valueIds.forEach((v, k) => (vals[v] = publish(byValue[k][view])));
      shown[q.id] = { answered: publish(answered[view]), values: vals };
    }
    result[view] = {
      responseCount: publish(responses[view]),
      byAgeBand,
      questions: shown,
      // A band whose size was withheld as a secondary is refused too (rare: only when nothing else protects a cell).
      refused: view === 'ALL' ? null : (refused.get(view) ?? (withheld.has(responses[view]) ? { reason: 'WOULD_REVEAL', protects: null } : null)),
    };
  }
  return result;
}

// An independent attacker. It shares no code with the engine: it sees only published numbers and
// the public constraints, and tries (1) exact integer elimination — is the cell's unit vector in
// the row space of the constraints over the unknowns? — and (2) interval propagation with
// non-negativity over the integers, feeding each one's discoveries to the other until neither
// learns anything new.

/** Σ coef·cell = 0. */
export type Equation = Map<string, number>;

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Unknowns pinned by linear algebra alone: rows of the reduced echelon form with one unknown left. */
function linearAttack(equations: Equation[], known: Map<string, number>): Map<string, number> {
  const unknowns = [...new Set(equations.flatMap((e) => [...e.keys()]))].filter((c) => !known.has(c));
  const col = new Map(unknowns.map((c, j) => [c, j]));
  // Each row: coefficients over unknowns, then the right-hand side; integers, kept gcd-reduced.
  const rows: bigint[][] = equations.map((e) => {
    const r = new Array<bigint>(unknowns.length + 1).fill(0n);
    for (const [cell, a] of e) {
      const j = col.get(cell);
      if (j === undefined) r[unknowns.length] -= BigInt(a) * BigInt(known.get(cell)!);
      else r[j] += BigInt(a);
    }
    return r;
  });
  let pivotRow = 0;
  for (let j = 0; j < unknowns.length && pivotRow < rows.length; j++) {
    const p = rows.findIndex((r, i) => i >= pivotRow && r[j] !== 0n);
    if (p < 0) continue;
    [rows[pivotRow], rows[p]] = [rows[p], rows[pivotRow]];
    const pr = rows[pivotRow];
    for (let i = 0; i < rows.length; i++) {
      if (i === pivotRow || rows[i][j] === 0n) continue;
      const f = rows[i][j];
      rows[i] = rows[i].map((v, k) => v * pr[j] - pr[k] * f);
      const g = rows[i].reduce((acc, v) => gcd(acc, v), 0n);
      if (g > 1n) rows[i] = rows[i].map((v) => v / g);
    }
    pivotRow++;
  }
  const found = new Map<string, number>();
  for (const r of rows) {
    const nz = r.slice(0, unknowns.length).flatMap((v, j) => (v !== 0n ? [j] : []));
    if (nz.length === 1) found.set(unknowns[nz[0]], Number(r[unknowns.length] / r[nz[0]]));
  }
  return found;
}

/** Unknowns pinned by bounds: every count is an integer ≥ 0, and each equation bounds each of its cells by the others. */
function boundsAttack(equations: Equation[], known: Map<string, number>): Map<string, number> {
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  const eqs = equations.map((e) => {
    let rhs = 0;
    const terms: Array<[string, number]> = [];
    for (const [cell, a] of e) {
      if (known.has(cell)) rhs -= a * known.get(cell)!;
      else {
        terms.push([cell, a]);
        lo.set(cell, 0);
        hi.set(cell, Infinity);
      }
    }
    return { terms, rhs };
  });
  for (let changed = true, guard = 0; changed && guard < 10_000; guard++) {
    changed = false;
    for (const { terms, rhs } of eqs) {
      for (const [cell, a] of terms) {
        // a·cell = rhs − Σ others, and Σ others lies in [min, max].
        let min = 0;
        let max = 0;
        for (const [other, b] of terms) {
          if (other === cell) continue;
          const [l, h] = [lo.get(other)!, hi.get(other)!];
          min += b > 0 ? b * l : b * h;
          max += b > 0 ? b * h : b * l;
        }
        const [from, to] = a > 0 ? [(rhs - max) / a, (rhs - min) / a] : [(rhs - min) / a, (rhs - max) / a];
        const l = Math.max(lo.get(cell)!, Math.ceil(from));
        const h = Math.min(hi.get(cell)!, Math.floor(to));
        if (l !== lo.get(cell) || h !== hi.get(cell)) {
          lo.set(cell, l);
          hi.set(cell, h);
          changed = true;
        }
      }
    }
  }
  return new Map([...lo].filter(([c, l]) => hi.get(c) === l));
}

/** Everything the attacker can recover, by value. */
export function attack(
  equations: Equation[],
  published: Map<string, number>,
  use: { linear: boolean; bounds: boolean } = { linear: true, bounds: true },
): Map<string, number> {
  const known = new Map(published);
  for (let learnt = true; learnt; ) {
    learnt = false;
    const found = new Map([
      ...(use.linear ? linearAttack(equations, known) : []),
      ...(use.bounds ? boundsAttack(equations, known) : []),
    ]);
    for (const [cell, v] of found) {
      if (known.has(cell)) continue;
      known.set(cell, v);
      learnt = true;
    }
  }
  return new Map([...known].filter(([c]) => !published.has(c)));
}


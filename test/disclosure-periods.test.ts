import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundCount, suppress, suppressRounded } from '../server/src/shared/disclosure.js';

// An attacker who holds a monthly count (inputs about a service, say) released for EVERY window of
// whole months — each month, each quarter, the year, every overlapping period in between — and
// narrows each month's range by interval propagation over all of them with non-negativity. It
// shares no code with the release rules: it knows only what a released figure means.

type Released = { count: number | null; suppressed: boolean };

/** What a released window figure says about the true sum: [lo, hi]. */
function meaning(r: Released, threshold: number, rounded: boolean): [number, number] {
  if (r.suppressed) return [1, Math.max(5, threshold) - 1];
  const n = r.count!;
  if (!rounded) return [n, n];
  if (n === 0) return [0, 0];
  if (n === 5) return [1, 7];
  return [n - 2, n + 2];
}

/** Each month's [lo, hi] after propagating every window's bounds to a fixed point. */
function attack(months: number, windows: Array<{ from: number; to: number; range: [number, number] }>): Array<[number, number]> {
  const lo = new Array(months).fill(0);
  const hi = new Array(months).fill(Infinity);
  for (let changed = true, guard = 0; changed && guard < 10_000; guard++) {
    changed = false;
    for (const w of windows) {
      for (let k = w.from; k < w.to; k++) {
        let othersLo = 0;
        let othersHi = 0;
        for (let j = w.from; j < w.to; j++) if (j !== k) (othersLo += lo[j]), (othersHi += hi[j]);
        const l = Math.max(lo[k], w.range[0] - othersHi);
        const h = Math.min(hi[k], w.range[1] - othersLo);
        if (l !== lo[k] || h !== hi[k]) (lo[k] = l), (hi[k] = h), (changed = true);
      }
    }
  }
  return lo.map((l, k) => [l, hi[k]]);
}

function releaseAllWindows(counts: number[], threshold: number, release: (n: number, t: number) => Released, rounded: boolean) {
  const windows: Array<{ from: number; to: number; range: [number, number] }> = [];
  for (let from = 0; from < counts.length; from++) {
    for (let to = from + 1; to <= counts.length; to++) {
      const sum = counts.slice(from, to).reduce((a, b) => a + b, 0);
      windows.push({ from, to, range: meaning(release(sum, threshold), threshold, rounded) });
    }
  }
  return windows;
}

const monthCounts = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 60 })), { minLength: 2, maxLength: 12 });

describe('figures over periods (influence, representation, flows)', () => {
  it('each month rounded and every window the sum of its rounded months: no small month is pinned (property)', () => {
    fc.assert(
      fc.property(monthCounts, fc.integer({ min: 5, max: 12 }), (counts, threshold) => {
        const t = Math.max(5, threshold);
        // What influence and representation release: the months rounded; a window adds them up.
        const months = counts.map((n) => roundCount(n));
        const windows: Array<{ from: number; to: number; range: [number, number] }> = [];
        for (let from = 0; from < counts.length; from++) {
          for (let to = from + 1; to <= counts.length; to++) {
            // The attacker reads the window as a sum of rounded months: each month within its own range.
            const ranges = months.slice(from, to).map((r) => meaning({ count: r, suppressed: false }, threshold, true));
            windows.push({ from, to, range: [ranges.reduce((a, r) => a + r[0], 0), ranges.reduce((a, r) => a + r[1], 0)] });
          }
        }
        const bounds = attack(counts.length, windows);
        counts.forEach((n, k) => {
          expect(bounds[k][0] <= n && n <= bounds[k][1], `month ${k}`).toBe(true);
          if (n >= 1 && n < t) expect(bounds[k][1] - bounds[k][0], `month ${k} = ${n} pinned`).toBeGreaterThan(0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('negative twins: exact windows with small ones withheld, or each window rounded on its own, give a small month away', () => {
    // 30 in the year, 27 in the eleven months from February: January's 3 is withheld on its own,
    // but the year minus the rest pins it.
    const counts = [3, 2, 1, 4, 3, 2, 1, 4, 3, 2, 2, 3];
    const exact = releaseAllWindows(counts, 10, suppress, false);
    const year = exact.find((w) => w.from === 0 && w.to === 12)!.range[0];
    const rest = exact.find((w) => w.from === 1 && w.to === 12)!.range[0];
    expect(exact.find((w) => w.from === 0 && w.to === 1)!.range).toEqual([1, 9]); // withheld…
    expect(year - rest).toBe(3); // …and recovered by subtraction
    // Four months of 7: each shows as 5 (1 to 7), but their window of 28 rounded to 30 means at
    // least 28, so every month is pinned at 7.
    const sevens = [7, 7, 7, 7];
    expect(attack(4, releaseAllWindows(sevens, 10, (n) => ({ count: roundCount(n), suppressed: false }), true))).toEqual([[7, 7], [7, 7], [7, 7], [7, 7]]);
    // With a threshold as well, "withheld" bounds a window below it and pins one too.
    expect(attack(3, releaseAllWindows([6, 0, 7], 7, suppressRounded, true))[0]).toEqual([6, 6]);
  });
});

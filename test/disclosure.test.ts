import { describe, expect, it } from 'vitest';
import { effectiveThreshold, roundCount, snapToMonths, suppress, suppressRounded } from '../server/src/shared/disclosure.js';

describe('the release rules', () => {
  it('applies the floor of 5 in suppress() whatever threshold it is given', () => {
    expect(suppress(4, 3)).toEqual({ count: null, suppressed: true });
    expect(suppress(4, 0)).toEqual({ count: null, suppressed: true });
    expect(suppress(5, 3)).toEqual({ count: 5, suppressed: false });
    expect(suppress(0, 10)).toEqual({ count: 0, suppressed: false });
    expect(suppress(9, 10)).toEqual({ count: null, suppressed: true });
    expect(effectiveThreshold(2)).toBe(5);
    expect(effectiveThreshold(12)).toBe(12);
  });

  it('rounds to the nearest 5 and never says 0 of people who spoke', () => {
    expect([0, 1, 2, 3, 7, 8, 12, 13, 359].map(roundCount)).toEqual([0, 5, 5, 5, 5, 10, 10, 15, 360]);
    expect(() => roundCount(-1)).toThrow(RangeError);
    expect(suppressRounded(4, 10)).toEqual({ count: null, suppressed: true });
    expect(suppressRounded(23, 10)).toEqual({ count: 25, suppressed: false });
  });

  it('snaps a period outwards to whole months, leaving month boundaries as they are', () => {
    const p = snapToMonths(new Date('2026-03-14T10:00:00Z'), new Date('2026-06-02T00:00:00Z'));
    expect(p.from.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    const q = snapToMonths(new Date('2026-03-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'));
    expect(q.to.toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { addWorkingDays, bankHolidays, isWorkingDay } from '../../server/src/shared/working-days.js';

const at = (iso: string): Date => new Date(iso);

describe('working days for concern deadlines', () => {
  it('knows the England and Wales bank holidays, with substitute days', () => {
    const y2026 = bankHolidays(2026);
    expect(y2026.has('2026-12-25')).toBe(true); // Friday
    expect(y2026.has('2026-12-28')).toBe(true); // Monday, for Boxing Day on a Saturday
    expect(y2026.has('2026-04-03')).toBe(true); // Good Friday
    expect(y2026.has('2026-04-06')).toBe(true); // Easter Monday
    expect(y2026.has('2026-05-04')).toBe(true); // early May
    expect(y2026.has('2026-05-25')).toBe(true); // spring
    expect(y2026.has('2026-08-31')).toBe(true); // summer
    const y2027 = bankHolidays(2027);
    expect(y2027.has('2027-03-26')).toBe(true); // Good Friday
    expect(y2027.has('2027-03-29')).toBe(true); // Easter Monday
    expect(y2027.has('2027-12-27')).toBe(true); // Christmas Day on a Saturday
    expect(y2027.has('2027-12-28')).toBe(true); // Boxing Day on a Sunday
    // one-off days by proclamation
    expect(bankHolidays(2023).has('2023-05-08')).toBe(true);
    expect(bankHolidays(2022).has('2022-09-19')).toBe(true);
    // Scotland's are not England's: 2 January and St Andrew's Day are working days here
    expect(bankHolidays(2026).has('2026-01-02')).toBe(false);
    expect(bankHolidays(2026).has('2026-11-30')).toBe(false);
  });

  it('skips weekends and bank holidays, keeping the time of day', () => {
    // Thursday 24 Dec 2026 + 1 → Tuesday 29 Dec (Fri 25, weekend, Mon 28 substitute Boxing Day)
    expect(addWorkingDays(at('2026-12-24T10:30:00Z'), 1).toISOString()).toBe('2026-12-29T10:30:00.000Z');
    // Thursday 25 March 2027 + 1 → Tuesday 30 March (Good Friday, weekend, Easter Monday)
    expect(addWorkingDays(at('2027-03-25T09:00:00Z'), 1).toISOString()).toBe('2027-03-30T09:00:00.000Z');
    // an ordinary week: Thursday + 2 → Monday
    expect(addWorkingDays(at('2026-12-03T16:00:00Z'), 2).toISOString()).toBe('2026-12-07T16:00:00.000Z');
    expect(addWorkingDays(at('2026-12-03T16:00:00Z'), 0).toISOString()).toBe('2026-12-03T16:00:00.000Z');
  });

  it('counts days on the London calendar', () => {
    // 23:30 UTC on Sunday 30 Aug 2026 is already Monday 31 Aug (summer bank holiday) in London
    expect(isWorkingDay(at('2026-08-30T23:30:00Z'))).toBe(false);
    // 23:30 UTC on Monday 31 Aug is Tuesday 1 Sep in London
    expect(isWorkingDay(at('2026-08-31T23:30:00Z'))).toBe(true);
    expect(isWorkingDay(at('2026-12-26T12:00:00Z'))).toBe(false); // Saturday
  });
});

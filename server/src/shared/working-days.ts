import Holidays from 'date-holidays';

/*
 * Working days for deadlines: Monday to Friday, less England and Wales bank holidays.
 *
 * The holidays come from date-holidays (a maintained data set) rather than being computed here,
 * because beside the rules anyone can compute (Easter, the May and August Mondays, Christmas and
 * Boxing Day with their substitute days) the UK declares one-off bank holidays by proclamation —
 * the 2020 VE Day move, the 2022 jubilee and state funeral, the 2023 coronation — which only a
 * maintained list can know. Days are counted on the calendar in London, where the leads work.
 */

const ENGLAND_AND_WALES = new Holidays('GB', 'ENG');
const byYear = new Map<number, ReadonlySet<string>>();

/** The England and Wales bank holidays of one year, as YYYY-MM-DD dates. */
export function bankHolidays(year: number): ReadonlySet<string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(
      ENGLAND_AND_WALES.getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, days);
  }
  return days;
}

const LONDON = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' });

/** The London calendar date of an instant: YYYY-MM-DD and whether it is a Saturday or Sunday. */
function londonDay(at: Date): { date: string; year: number; weekend: boolean } {
  const parts = Object.fromEntries(LONDON.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, year: Number(parts.year), weekend: parts.weekday === 'Sat' || parts.weekday === 'Sun' };
}

/** Whether the London calendar day of this instant is a working day (not a weekend or bank holiday). */
export function isWorkingDay(at: Date): boolean {
  const day = londonDay(at);
  return !day.weekend && !bankHolidays(day.year).has(day.date);
}

/**
 * Adds working days, keeping the time of day: each day forward counts only if it is a working day
 * in England and Wales. Pure; throws nothing.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const at = new Date(from);
  let left = days;
  while (left > 0) {
    at.setUTCDate(at.getUTCDate() + 1);
    if (isWorkingDay(at)) left--;
  }
  return at;
}

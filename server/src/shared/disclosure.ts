/**
 * The release path for counts about people. Every number that leaves the server (GraphQL, CSV,
 * public pages, emails) is one of three kinds, and this module is where each is made safe:
 *
 * - cells of linked tables (survey views by age band, event attendance and voice quality within a
 *   service, theme breakdowns): protected together by `protectCells`/`protectSurvey` in
 *   suppression.ts, which withholds small cells and every cell that would give one away;
 * - stand-alone counts shown as "withheld" when small: {@link suppress};
 * - counts a page must show as a number, or that sit in families an attacker could difference
 *   (periods, flows, totals beside their parts): {@link roundCount}, rounded to the nearest 5.
 *
 * The method, its threshold and floor and what it does not defend against are written down in
 * docs/disclosure-control.md.
 */

import type { Actor } from './context.js';
import { STAFF_ROLES } from './enums.js';

/** Organisations may raise the threshold, never lower it below this (also a CHECK on organisation). */
export const MIN_SUPPRESSION_THRESHOLD = 5;
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;
/** Rounding base for counts released rounded (NHS Digital and ONS both round to 5). */
export const ROUNDING_BASE = 5;

export interface SuppressedCount {
  count: number | null;
  suppressed: boolean;
}

/** The threshold actually applied: the organisation's, never below the floor whatever it says. */
export function effectiveThreshold(threshold: number | null | undefined): number {
  if (threshold === null || threshold === undefined || !Number.isFinite(threshold)) return DEFAULT_SUPPRESSION_THRESHOLD;
  return Math.max(MIN_SUPPRESSION_THRESHOLD, Math.ceil(threshold));
}

/**
 * A count from 1 to threshold−1 identifies children in a small borough: it is withheld. Zero is
 * shown. The floor of 5 applies whatever threshold is passed. Only for a count that is linked to no
 * other released number — a count with released parts or siblings goes through protectCells or
 * {@link roundCount}.
 */
export function suppress(count: number, threshold: number): SuppressedCount {
  const t = effectiveThreshold(threshold);
  const hidden = count > 0 && count < t;
  return { count: hidden ? null : count, suppressed: hidden };
}

/**
 * A count rounded to the nearest 5 (halves up), where 1 and 2 show as 5 rather than 0 so that
 * "none" is never said of people who spoke. So a released 5 stands for anything from 1 to 7 —
 * the range NHS Digital suppresses — and 10 for 8 to 12. Used where a number must be shown and
 * exact figures would let a small one be worked out by subtraction (periods that overlap, a total
 * beside its months, flows that share a source).
 */
export function roundCount(count: number): number {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`Not a count: ${count}`);
  if (count === 0) return 0;
  return Math.max(ROUNDING_BASE, Math.round(count / ROUNDING_BASE) * ROUNDING_BASE);
}

/**
 * A count released rounded, and withheld when it is under the threshold: for linked families
 * (months, flows, periods by band) where a small cell must not show at all and the others must not
 * be exact. `count` is the rounded figure, or null when withheld.
 */
export function suppressRounded(count: number, threshold: number): SuppressedCount {
  const s = suppress(count, threshold);
  return s.suppressed ? s : { count: roundCount(count), suppressed: false };
}

/**
 * A reporting period snapped outwards to whole calendar months (UTC): `from` to the first of its
 * month, `to` to the first of the next month unless it already is one. Counts over any two periods
 * then differ by whole months, and each month is released (rounded) on its own, so two
 * overlapping windows cannot isolate a few days' worth of children.
 */
export function snapToMonths(from: Date, to: Date): { from: Date; to: Date } {
  const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  const floorTo = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), 1));
  const end = floorTo.getTime() === to.getTime() ? floorTo : new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 1));
  return { from: start, to: end };
}

/**
 * A count of people as a given viewer may see it: exact for staff (who work with the records
 * behind it), rounded ({@link roundCount}) for anyone else — a child with a receipt, a forum
 * member, a visitor to a public page — for whom a small exact figure could point at a person.
 * `organisationId`, when known, must be the staff member's own organisation.
 */
export function countFor(actor: Actor | null, count: number, organisationId?: string): number {
  const staff = actor !== null && (STAFF_ROLES as readonly string[]).includes(actor.role) && (organisationId === undefined || actor.organisationId === organisationId);
  return staff ? count : roundCount(count);
}

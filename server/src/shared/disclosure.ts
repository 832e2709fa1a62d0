/** Organisations may raise the threshold, never lower it below this. */
export const MIN_SUPPRESSION_THRESHOLD = 5;
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

export interface SuppressedCount {
  count: number | null;
  suppressed: boolean;
}

/** A count from 1 to threshold−1 identifies children in a small borough: it is withheld. Zero is shown. */
export function suppress(count: number, threshold: number): SuppressedCount {
  const hidden = count > 0 && count < threshold;
  return { count: hidden ? null : count, suppressed: hidden };
}

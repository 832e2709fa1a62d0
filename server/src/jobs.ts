import type { Job } from './shared/jobs.js';

/**
 * Every background job, ticked in every instance and fired once per period across them
 * (shared/jobs.ts). Features export their jobs and are listed here.
 */
export const jobs: readonly Job[] = [];

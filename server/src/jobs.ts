import { retentionJob } from './lifecycle/retention.js';
import { escalationJob } from './safeguarding/escalation.job.js';
import type { Job } from './shared/jobs.js';
import { sweepRateLimits } from './shared/rate-limit.js';
import { surveyCountsJob } from './surveys/survey-counts.js';

/**
 * Every background job, ticked in every instance and fired once per period across them
 * (shared/jobs.ts). Features export their jobs and are listed here.
 */
export const jobs: readonly Job[] = [sweepRateLimits, escalationJob, retentionJob, surveyCountsJob];

import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppState } from './context.js';

/** What a job's run is given: the ORM (fork an em per run), the instance's state (mail, config), the time. */
export interface JobContext {
  orm: MikroORM;
  app: AppState;
  /** The time the run is for; tests pass a moved clock. */
  now: Date;
  log: Logger;
}

/**
 * A background job: every instance ticks it, and it fires once per `everyMs` across all of them.
 * Features export their jobs; `server/src/jobs.ts` lists them (shared/ imports no feature).
 */
export interface Job {
  name: string;
  everyMs: number;
  run(ctx: JobContext): Promise<unknown>;
}

/**
 * Claims this period's run of `job` for this instance: one atomic statement that inserts the job's
 * row or moves its time forward only if the last run is at least a period old. Exactly one of any
 * number of instances racing for the same period gets the row back.
 */
export async function claimRun(orm: MikroORM, job: Job, now: Date): Promise<boolean> {
  const rows = await orm.em.fork().getConnection().execute<Array<{ name: string }>>(
    `insert into job_run (name, last_run_at) values (?, ?)
       on conflict (name) do update set last_run_at = excluded.last_run_at
       where job_run.last_run_at <= excluded.last_run_at - make_interval(secs => ?)
     returning name`,
    [job.name, now, job.everyMs / 1000],
  );
  return rows.length === 1;
}

/** Runs `job` now, without claiming a period (an admin's "apply now", or a test). */
export function runJobNow(orm: MikroORM, app: AppState, job: Job, now = new Date()): Promise<unknown> {
  return job.run({ orm, app, now, log: app.log.child({ job: job.name }) });
}

/** Claims and, if this instance won the period, runs `job`. Returns whether it fired here. */
export async function tickJob(orm: MikroORM, app: AppState, job: Job, now = new Date()): Promise<boolean> {
  if (!(await claimRun(orm, job, now))) return false;
  await runJobNow(orm, app, job, now);
  app.log.info({ job: job.name }, 'background job ran');
  return true;
}

/**
 * Ticks every job in this instance until the returned stop function is called. A tick that fails
 * (database away, a bug) is logged by code only and tried again at the next tick.
 */
export function startJobs(orm: MikroORM, app: AppState, jobs: readonly Job[], tickMs = 15_000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = (async () => {
      for (const job of jobs) {
        if (stopped) return;
        try {
          await tickJob(orm, app, job);
        } catch (error: any) {
          app.log.error({ job: job.name, code: error?.code, name: error?.name }, 'background job failed');
        }
      }
    })();
  };
  const timer = setInterval(tick, tickMs);
  timer.unref();
  setTimeout(tick, 1_000).unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

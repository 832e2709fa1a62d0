import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * When each background job last fired, across every instance: claiming a run is one atomic UPDATE
 * of this row, so a job fires once per period however many instances tick (shared/jobs.ts).
 * Not tenant data: a job that works per organisation does so inside its run.
 */
@Entity({ tableName: 'job_run' })
export class JobRun {
  @PrimaryKey({ type: 'text' })
  name: string;

  @Property({ type: 'timestamptz' })
  lastRunAt: Date;

  constructor(name: string, lastRunAt: Date) {
    this.name = name;
    this.lastRunAt = lastRunAt;
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261203132727_settingsjobs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "job_run" ("name" text not null, "last_run_at" timestamptz not null, constraint "job_run_pkey" primary key ("name"));`);

    this.addSql(`alter table "organisation" add column "support_message" text null, add column "review_free_text" boolean not null default true, add column "content_languages" jsonb not null default '["en","ur","pl"]', add column "retain_words_months" int null default 24, add column "require_staff_mfa" boolean not null default false;`);
    this.addSql(`alter table "organisation" add constraint organisation_retention_positive check(retain_words_months is null or retain_words_months >= 1);`);
    this.addSql(`alter table "organisation" add constraint organisation_deadlines_positive check(high_concern_due_minutes >= 60 and medium_concern_due_working_days >= 1);`);
    this.addSql(`alter table "organisation" add constraint organisation_threshold_floor check(suppression_threshold >= 5);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "job_run" cascade;`);

    this.addSql(`alter table "organisation" drop constraint organisation_retention_positive;`);
    this.addSql(`alter table "organisation" drop constraint organisation_deadlines_positive;`);
    this.addSql(`alter table "organisation" drop constraint organisation_threshold_floor;`);
    this.addSql(`alter table "organisation" drop column "support_message", drop column "review_free_text", drop column "content_languages", drop column "retain_words_months", drop column "require_staff_mfa";`);
  }

}

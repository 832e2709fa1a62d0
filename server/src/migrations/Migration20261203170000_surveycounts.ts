import { Migration } from '@mikro-orm/migrations';

export class Migration20261203170000_surveycounts extends Migration {

  override async up(): Promise<void> {
    // A survey's counts up to a moment, computed off the request path (surveys/survey-counts.ts):
    // results then count only what came after it.
    this.addSql(`create table "survey_count" (
      "survey_id" uuid not null primary key references "survey" ("id") on update cascade on delete cascade,
      "organisation_id" uuid not null default heard_current_organisation(),
      "through" timestamptz not null,
      "counts" jsonb not null,
      "computed_at" timestamptz not null);`);
    this.addSql(`select heard_enable_tenancy('"survey_count"');`);
    // Counting what came after the snapshot reads responses by survey and time.
    this.addSql(`create index "survey_response_survey_id_submitted_at_index" on "survey_response" ("survey_id", "submitted_at");`);
    // A question's text answers, newest first (its list of texts, and the CSV export, question by question).
    this.addSql(`create index "voice_input_question_id_created_at_id_index" on "voice_input" ("question_id", "created_at" desc, "id" desc) where "question_id" is not null;`);
    // A response or answer removed or changed (erasure, retention, a correction) makes the snapshot
    // wrong: the database drops it in the same transaction, whoever made the change.
    this.addSql(`create function heard_forget_survey_count() returns trigger language plpgsql as $$
      declare ids uuid[];
      begin
        if tg_table_name = 'survey_response' then
          select array_agg(distinct survey_id order by survey_id) into ids from gone;
        else
          select array_agg(distinct q.survey_id order by q.survey_id) into ids from question q where q.id in (select question_id from gone);
        end if;
        -- The lock a snapshot is taken under (surveys/survey-counts.ts), in id order: a snapshot being
        -- written is waited for and then dropped; one not yet begun counts without these rows.
        perform pg_advisory_xact_lock(hashtextextended('survey_count:' || id::text, 0)) from unnest(ids) as id order by id;
        delete from survey_count where survey_id = any(ids);
        return null;
      end $$;`);
    // Once per statement, with the rows it touched (a survey's thousands of answers go in one go).
    for (const table of ['survey_response', 'answer']) {
      this.addSql(`create trigger survey_count_forget_on_delete after delete on "${table}" referencing old table as gone for each statement execute function heard_forget_survey_count();`);
      this.addSql(`create trigger survey_count_forget_on_update after update on "${table}" referencing old table as gone for each statement execute function heard_forget_survey_count();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['survey_response', 'answer']) {
      this.addSql(`drop trigger if exists survey_count_forget_on_delete on "${table}";`);
      this.addSql(`drop trigger if exists survey_count_forget_on_update on "${table}";`);
    }
    this.addSql(`drop function if exists heard_forget_survey_count();`);
    this.addSql(`drop index if exists "voice_input_question_id_created_at_id_index";`);
    this.addSql(`drop index if exists "survey_response_survey_id_submitted_at_index";`);
    this.addSql(`drop table if exists "survey_count" cascade;`);
  }

}

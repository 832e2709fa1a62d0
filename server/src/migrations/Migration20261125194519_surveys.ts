import { Migration } from '@mikro-orm/migrations';

export class Migration20261125194519_surveys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "survey_status" as enum ('DRAFT', 'OPEN', 'CLOSED');`);
    this.addSql(`create type "survey_access" as enum ('ANYONE_WITH_LINK', 'PARTICIPANTS_ONLY');`);
    this.addSql(`create type "question_type" as enum ('SCALE', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'YES_NO', 'TEXT');`);
    this.addSql(`create type "channel" as enum ('ONLINE', 'ASSISTED', 'PAPER', 'EVENT');`);
    this.addSql(`create type "capture" as enum ('OWN_WORDS', 'READ_TO_THEM', 'SCRIBED', 'SUMMARISED');`);
    this.addSql(`create type "input_kind" as enum ('SURVEY_ANSWER', 'EVENT_CONTRIBUTION', 'PROPOSAL_COMMENT', 'VOTE_REASON');`);
    this.addSql(`create table "survey" ("id" uuid not null, "organisation_id" uuid not null, "service_id" uuid null, "title" text not null, "purpose" text not null, "what_happens_next" text not null, "status" "survey_status" not null default 'DRAFT', "access" "survey_access" not null default 'ANYONE_WITH_LINK', "audience" text[] not null, "share_code" text not null, "closes_at" timestamptz null, "created_by_id" uuid not null, "created_at" timestamptz not null, "published_at" timestamptz null, "closed_at" timestamptz null, constraint "survey_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey" add constraint "survey_share_code_unique" unique ("share_code");`);

    this.addSql(`create table "question" ("id" uuid not null, "survey_id" uuid not null, "position" int not null, "type" "question_type" not null, "prompt" text not null, "wordings" jsonb not null default '[]', "required" boolean not null default false, "choices" jsonb not null default '[]', "scale_max" int null, "max_length" int not null default 2000, constraint "question_pkey" primary key ("id"));`);
    this.addSql(`create index "question_survey_id_index" on "question" ("survey_id");`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "organisation_id" uuid not null, "survey_id" uuid not null, "client_submission_id" text not null, "payload_hash" text not null, "receipt_code" text not null, "age_band" "age_band" not null, "channel" "channel" not null, "capture" "capture" not null, "entered_by_id" uuid null, "participant_id" uuid null, "submitted_at" timestamptz not null, constraint "survey_response_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_receipt_code_unique" unique ("receipt_code");`);
    this.addSql(`create index "survey_response_survey_id_age_band_index" on "survey_response" ("survey_id", "age_band");`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_survey_id_client_submission_id_unique" unique ("survey_id", "client_submission_id");`);

    this.addSql(`create table "answer" ("id" uuid not null, "response_id" uuid not null, "question_id" uuid not null, "choice_ids" text[] null, "scale" int null, "age_band" "age_band" not null, constraint "answer_pkey" primary key ("id"));`);
    this.addSql(`create index "answer_response_id_index" on "answer" ("response_id");`);
    this.addSql(`create index "answer_question_id_age_band_index" on "answer" ("question_id", "age_band");`);

    this.addSql(`create table "theme" ("id" uuid not null, "organisation_id" uuid not null, "label" text not null, "description" text null, "service_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "theme_pkey" primary key ("id"));`);

    this.addSql(`create table "voice_input" ("id" uuid not null, "organisation_id" uuid not null, "kind" "input_kind" not null, "text" text not null, "age_band" "age_band" null, "channel" "channel" not null, "capture" "capture" not null, "created_at" timestamptz not null, "source_title" text not null, "service_id" uuid null, "survey_id" uuid null, "question_id" uuid null, "response_id" uuid null, "speaker_label" text null, "consent_to_quote" boolean not null default false, "entered_by_id" uuid null, "author_id" uuid null, "withheld" boolean not null default false, constraint "voice_input_pkey" primary key ("id"));`);
    this.addSql(`create index "voice_input_survey_id_index" on "voice_input" ("survey_id");`);
    this.addSql(`create index "voice_input_response_id_index" on "voice_input" ("response_id");`);
    this.addSql(`create index "voice_input_text_search" on "voice_input" using gin (to_tsvector('simple', "text"));`);
    this.addSql(`create index "voice_input_service_id_created_at_index" on "voice_input" ("service_id", "created_at");`);
    this.addSql(`create index "voice_input_organisation_id_created_at_id_index" on "voice_input" ("organisation_id", "created_at", "id");`);

    this.addSql(`create table "theme_input" ("theme_id" uuid not null, "input_id" uuid not null, "tagged_by_id" uuid not null, "tagged_at" timestamptz not null, constraint "theme_input_pkey" primary key ("theme_id", "input_id"));`);
    this.addSql(`create index "theme_input_input_id_index" on "theme_input" ("input_id");`);

    this.addSql(`alter table "survey" add constraint "survey_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey" add constraint "survey_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "survey" add constraint "survey_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "question" add constraint "question_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_entered_by_id_foreign" foreign key ("entered_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_participant_id_foreign" foreign key ("participant_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "answer" add constraint "answer_response_id_foreign" foreign key ("response_id") references "survey_response" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "answer" add constraint "answer_question_id_foreign" foreign key ("question_id") references "question" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "theme" add constraint "theme_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "theme" add constraint "theme_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "theme" add constraint "theme_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "voice_input" add constraint "voice_input_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "voice_input" add constraint "voice_input_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "voice_input" add constraint "voice_input_entered_by_id_foreign" foreign key ("entered_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "voice_input" add constraint "voice_input_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "theme_input" add constraint "theme_input_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "theme_input" add constraint "theme_input_input_id_foreign" foreign key ("input_id") references "voice_input" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "theme_input" add constraint "theme_input_tagged_by_id_foreign" foreign key ("tagged_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation" add column "support_contacts" jsonb not null default '[]', add column "high_concern_due_minutes" int not null default 60, add column "medium_concern_due_working_days" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "question" drop constraint "question_survey_id_foreign";`);

    this.addSql(`alter table "survey_response" drop constraint "survey_response_survey_id_foreign";`);

    this.addSql(`alter table "answer" drop constraint "answer_question_id_foreign";`);

    this.addSql(`alter table "answer" drop constraint "answer_response_id_foreign";`);

    this.addSql(`alter table "theme_input" drop constraint "theme_input_theme_id_foreign";`);

    this.addSql(`alter table "theme_input" drop constraint "theme_input_input_id_foreign";`);

    this.addSql(`drop table if exists "survey" cascade;`);

    this.addSql(`drop table if exists "question" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);

    this.addSql(`drop table if exists "answer" cascade;`);

    this.addSql(`drop table if exists "theme" cascade;`);

    this.addSql(`drop table if exists "voice_input" cascade;`);

    this.addSql(`drop table if exists "theme_input" cascade;`);

    this.addSql(`alter table "organisation" drop column "support_contacts", drop column "high_concern_due_minutes", drop column "medium_concern_due_working_days";`);

    this.addSql(`drop type "survey_status";`);
    this.addSql(`drop type "survey_access";`);
    this.addSql(`drop type "question_type";`);
    this.addSql(`drop type "channel";`);
    this.addSql(`drop type "capture";`);
    this.addSql(`drop type "input_kind";`);
  }

}

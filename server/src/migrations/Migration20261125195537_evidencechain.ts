import { Migration } from '@mikro-orm/migrations';

export class Migration20261125195537_evidencechain extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "proposal_status" as enum ('DRAFT', 'OPEN_FOR_VOTING', 'VOTING_CLOSED', 'ACCEPTED', 'ACCEPTED_WITH_CHANGES', 'NOT_ACCEPTED', 'IMPLEMENTED', 'WITHDRAWN');`);
    this.addSql(`create type "outcome" as enum ('ADOPTED', 'ADOPTED_WITH_CHANGES', 'NOT_ADOPTED', 'DEFERRED');`);
    this.addSql(`create type "event_kind" as enum ('YOUTH_FORUM', 'DROP_IN', 'FOCUS_GROUP', 'SCHOOL_SESSION', 'HOME_VISIT', 'ONLINE', 'OTHER');`);
    this.addSql(`create type "event_status" as enum ('PLANNED', 'HELD', 'CLOSED');`);
    this.addSql(`create type "change_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');`);
    this.addSql(`create type "concern_status" as enum ('OPEN', 'ACKNOWLEDGED', 'REFERRED', 'CLOSED');`);
    this.addSql(`create type "concern_severity" as enum ('HIGH', 'MEDIUM');`);
    this.addSql(`create type "vote_choice" as enum ('FOR', 'AGAINST', 'ABSTAIN');`);
    this.addSql(`create table "notification" ("id" uuid not null, "account_id" uuid not null, "title" text not null, "body" text not null, "link" text null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_account_id_created_at_index" on "notification" ("account_id", "created_at");`);

    this.addSql(`create table "forum" ("id" uuid not null, "organisation_id" uuid not null, "name" text not null, "description" text null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "forum_pkey" primary key ("id"));`);

    this.addSql(`create table "screening_rule_set" ("id" uuid not null, "organisation_id" uuid not null, "language" text not null, "version" text not null, "rules" jsonb not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "screening_rule_set_pkey" primary key ("id"));`);

    this.addSql(`create table "proposal" ("id" uuid not null, "organisation_id" uuid not null, "service_id" uuid null, "forum_id" uuid null, "title" text not null, "problem" text not null, "proposed_change" text not null, "child_summary" text not null, "status" "proposal_status" not null default 'DRAFT', "quorum" int null, "voting_opened_at" timestamptz null, "voting_closes_at" timestamptz null, "voting_closed_at" timestamptz null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "proposal_pkey" primary key ("id"));`);
    this.addSql(`create index "proposal_organisation_id_status_index" on "proposal" ("organisation_id", "status");`);

    this.addSql(`create table "decision" ("id" uuid not null, "organisation_id" uuid not null, "service_id" uuid null, "title" text not null, "summary" text not null, "rationale" text not null, "outcome" "outcome" not null, "decided_at" timestamptz not null, "decided_by" text not null, "you_said_we_did" text not null, "published" boolean not null default true, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "decision_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_organisation_id_decided_at_index" on "decision" ("organisation_id", "decided_at");`);

    this.addSql(`create table "decision_proposal" ("decision_id" uuid not null, "proposal_id" uuid not null, "linked_by_id" uuid not null, "linked_at" timestamptz not null, constraint "decision_proposal_pkey" primary key ("decision_id", "proposal_id"));`);
    this.addSql(`create index "decision_proposal_proposal_id_index" on "decision_proposal" ("proposal_id");`);

    this.addSql(`create table "consultation_event" ("id" uuid not null, "organisation_id" uuid not null, "service_id" uuid null, "title" text not null, "kind" "event_kind" not null, "status" "event_status" not null default 'PLANNED', "starts_at" timestamptz not null, "ends_at" timestamptz null, "venue" text null, "questions" text[] not null default '{}', "attendance" jsonb not null default '[]', "report" text null, "what_we_heard" text null, "feedback_code" text not null, "created_by_id" uuid not null, "created_at" timestamptz not null, "closed_at" timestamptz null, constraint "consultation_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "consultation_event" add constraint "consultation_event_feedback_code_unique" unique ("feedback_code");`);
    this.addSql(`create index "consultation_event_organisation_id_starts_at_index" on "consultation_event" ("organisation_id", "starts_at");`);

    this.addSql(`create table "service_change" ("id" uuid not null, "organisation_id" uuid not null, "decision_id" uuid not null, "service_id" uuid not null, "title" text not null, "description" text not null, "status" "change_status" not null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "service_change_pkey" primary key ("id"));`);
    this.addSql(`create index "service_change_decision_id_index" on "service_change" ("decision_id");`);

    this.addSql(`create table "change_update" ("id" uuid not null, "change_id" uuid not null, "at" timestamptz not null, "status" "change_status" not null, "note" text not null, "by_id" uuid not null, constraint "change_update_pkey" primary key ("id"));`);
    this.addSql(`create index "change_update_change_id_index" on "change_update" ("change_id");`);

    this.addSql(`create table "service_cohort" ("service_id" uuid not null, "age_band" "age_band" not null, "count" int not null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, constraint "service_cohort_pkey" primary key ("service_id", "age_band"));`);

    this.addSql(`create table "proposal_theme" ("proposal_id" uuid not null, "theme_id" uuid not null, "linked_by_id" uuid not null, "linked_at" timestamptz not null, constraint "proposal_theme_pkey" primary key ("proposal_id", "theme_id"));`);
    this.addSql(`create index "proposal_theme_theme_id_index" on "proposal_theme" ("theme_id");`);

    this.addSql(`create table "decision_theme" ("decision_id" uuid not null, "theme_id" uuid not null, "linked_by_id" uuid not null, "linked_at" timestamptz not null, constraint "decision_theme_pkey" primary key ("decision_id", "theme_id"));`);
    this.addSql(`create index "decision_theme_theme_id_index" on "decision_theme" ("theme_id");`);

    this.addSql(`create table "safeguarding_concern" ("id" uuid not null, "organisation_id" uuid not null, "input_id" uuid not null, "status" "concern_status" not null default 'OPEN', "severity" "concern_severity" not null, "raised_at" timestamptz not null, "due_by" timestamptz not null, "raised_by" text not null, "raised_by_account_id" uuid null, "matched_rules" text[] not null default '{}', "referral_reference" text null, "acknowledged_at" timestamptz null, "referred_at" timestamptz null, "closed_at" timestamptz null, constraint "safeguarding_concern_pkey" primary key ("id"));`);
    this.addSql(`create index "safeguarding_concern_input_id_index" on "safeguarding_concern" ("input_id");`);
    this.addSql(`create index "safeguarding_concern_organisation_id_status_due_by_index" on "safeguarding_concern" ("organisation_id", "status", "due_by");`);

    this.addSql(`create table "concern_note" ("id" uuid not null, "concern_id" uuid not null, "at" timestamptz not null, "author" text not null, "author_account_id" uuid null, "text" text not null, constraint "concern_note_pkey" primary key ("id"));`);
    this.addSql(`create index "concern_note_concern_id_index" on "concern_note" ("concern_id");`);

    this.addSql(`create table "proposal_comment" ("id" uuid not null, "proposal_id" uuid not null, "author_id" uuid not null, "input_id" uuid null, "text" text null, "client_submission_id" text not null, "created_at" timestamptz not null, "hidden_at" timestamptz null, "hidden_reason" text null, "hidden_by_id" uuid null, constraint "proposal_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "proposal_comment_proposal_id_index" on "proposal_comment" ("proposal_id");`);
    this.addSql(`alter table "proposal_comment" add constraint "proposal_comment_proposal_id_client_submission_id_unique" unique ("proposal_id", "client_submission_id");`);

    this.addSql(`create table "decision_input" ("decision_id" uuid not null, "input_id" uuid not null, "linked_by_id" uuid not null, "linked_at" timestamptz not null, constraint "decision_input_pkey" primary key ("decision_id", "input_id"));`);
    this.addSql(`create index "decision_input_input_id_index" on "decision_input" ("input_id");`);

    this.addSql(`create table "vote" ("id" uuid not null, "proposal_id" uuid not null, "member_id" uuid not null, "choice" "vote_choice" not null, "reason_id" uuid null, "cast_at" timestamptz not null, "updated_at" timestamptz not null, constraint "vote_pkey" primary key ("id"));`);
    this.addSql(`alter table "vote" add constraint "vote_one_per_member" unique ("proposal_id", "member_id");`);

    this.addSql(`alter table "notification" add constraint "notification_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "forum" add constraint "forum_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum" add constraint "forum_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "screening_rule_set" add constraint "screening_rule_set_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "proposal" add constraint "proposal_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal" add constraint "proposal_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "proposal" add constraint "proposal_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "proposal" add constraint "proposal_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "decision" add constraint "decision_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "decision" add constraint "decision_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "decision_proposal" add constraint "decision_proposal_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decision_proposal" add constraint "decision_proposal_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decision_proposal" add constraint "decision_proposal_linked_by_id_foreign" foreign key ("linked_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "consultation_event" add constraint "consultation_event_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "consultation_event" add constraint "consultation_event_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "consultation_event" add constraint "consultation_event_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_change" add constraint "service_change_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_change" add constraint "service_change_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_change" add constraint "service_change_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_change" add constraint "service_change_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "change_update" add constraint "change_update_change_id_foreign" foreign key ("change_id") references "service_change" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "change_update" add constraint "change_update_by_id_foreign" foreign key ("by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_cohort" add constraint "service_cohort_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_cohort" add constraint "service_cohort_updated_by_id_foreign" foreign key ("updated_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "proposal_theme" add constraint "proposal_theme_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal_theme" add constraint "proposal_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal_theme" add constraint "proposal_theme_linked_by_id_foreign" foreign key ("linked_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "decision_theme" add constraint "decision_theme_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decision_theme" add constraint "decision_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decision_theme" add constraint "decision_theme_linked_by_id_foreign" foreign key ("linked_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "safeguarding_concern" add constraint "safeguarding_concern_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "safeguarding_concern" add constraint "safeguarding_concern_input_id_foreign" foreign key ("input_id") references "voice_input" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "safeguarding_concern" add constraint "safeguarding_concern_raised_by_account_id_foreign" foreign key ("raised_by_account_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "concern_note" add constraint "concern_note_concern_id_foreign" foreign key ("concern_id") references "safeguarding_concern" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "concern_note" add constraint "concern_note_author_account_id_foreign" foreign key ("author_account_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "proposal_comment" add constraint "proposal_comment_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal_comment" add constraint "proposal_comment_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal_comment" add constraint "proposal_comment_input_id_foreign" foreign key ("input_id") references "voice_input" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal_comment" add constraint "proposal_comment_hidden_by_id_foreign" foreign key ("hidden_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "decision_input" add constraint "decision_input_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decision_input" add constraint "decision_input_input_id_foreign" foreign key ("input_id") references "voice_input" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decision_input" add constraint "decision_input_linked_by_id_foreign" foreign key ("linked_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "vote" add constraint "vote_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_member_id_foreign" foreign key ("member_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_reason_id_foreign" foreign key ("reason_id") references "voice_input" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "account" add column "forum_id" uuid null;`);
    this.addSql(`alter table "account" add constraint "account_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "account_forum_id_index" on "account" ("forum_id");`);

    this.addSql(`alter table "voice_input" add column "event_id" uuid null, add column "proposal_id" uuid null, add column "client_submission_id" text null, add column "payload_hash" text null;`);
    this.addSql(`alter table "voice_input" add constraint "voice_input_event_id_foreign" foreign key ("event_id") references "consultation_event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "voice_input" add constraint "voice_input_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "voice_input_event_id_index" on "voice_input" ("event_id");`);
    this.addSql(`create index "voice_input_proposal_id_index" on "voice_input" ("proposal_id");`);
    this.addSql(`create unique index "voice_input_client_submission" on "voice_input" ("organisation_id", "client_submission_id") where "client_submission_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account" drop constraint "account_forum_id_foreign";`);

    this.addSql(`alter table "proposal" drop constraint "proposal_forum_id_foreign";`);

    this.addSql(`alter table "decision_proposal" drop constraint "decision_proposal_proposal_id_foreign";`);

    this.addSql(`alter table "proposal_theme" drop constraint "proposal_theme_proposal_id_foreign";`);

    this.addSql(`alter table "voice_input" drop constraint "voice_input_proposal_id_foreign";`);

    this.addSql(`alter table "proposal_comment" drop constraint "proposal_comment_proposal_id_foreign";`);

    this.addSql(`alter table "vote" drop constraint "vote_proposal_id_foreign";`);

    this.addSql(`alter table "decision_proposal" drop constraint "decision_proposal_decision_id_foreign";`);

    this.addSql(`alter table "service_change" drop constraint "service_change_decision_id_foreign";`);

    this.addSql(`alter table "decision_theme" drop constraint "decision_theme_decision_id_foreign";`);

    this.addSql(`alter table "decision_input" drop constraint "decision_input_decision_id_foreign";`);

    this.addSql(`alter table "voice_input" drop constraint "voice_input_event_id_foreign";`);

    this.addSql(`alter table "change_update" drop constraint "change_update_change_id_foreign";`);

    this.addSql(`alter table "concern_note" drop constraint "concern_note_concern_id_foreign";`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "forum" cascade;`);

    this.addSql(`drop table if exists "screening_rule_set" cascade;`);

    this.addSql(`drop table if exists "proposal" cascade;`);

    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`drop table if exists "decision_proposal" cascade;`);

    this.addSql(`drop table if exists "consultation_event" cascade;`);

    this.addSql(`drop table if exists "service_change" cascade;`);

    this.addSql(`drop table if exists "change_update" cascade;`);

    this.addSql(`drop table if exists "service_cohort" cascade;`);

    this.addSql(`drop table if exists "proposal_theme" cascade;`);

    this.addSql(`drop table if exists "decision_theme" cascade;`);

    this.addSql(`drop table if exists "safeguarding_concern" cascade;`);

    this.addSql(`drop table if exists "concern_note" cascade;`);

    this.addSql(`drop table if exists "proposal_comment" cascade;`);

    this.addSql(`drop table if exists "decision_input" cascade;`);

    this.addSql(`drop table if exists "vote" cascade;`);

    this.addSql(`drop index "account_forum_id_index";`);
    this.addSql(`alter table "account" drop column "forum_id";`);

    this.addSql(`drop index "voice_input_event_id_index";`);
    this.addSql(`drop index "voice_input_proposal_id_index";`);
    this.addSql(`drop index "voice_input_client_submission";`);
    this.addSql(`alter table "voice_input" drop column "event_id", drop column "proposal_id", drop column "client_submission_id", drop column "payload_hash";`);

    this.addSql(`drop type "proposal_status";`);
    this.addSql(`drop type "outcome";`);
    this.addSql(`drop type "event_kind";`);
    this.addSql(`drop type "event_status";`);
    this.addSql(`drop type "change_status";`);
    this.addSql(`drop type "concern_status";`);
    this.addSql(`drop type "concern_severity";`);
    this.addSql(`drop type "vote_choice";`);
  }

}

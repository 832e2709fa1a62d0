import { Migration } from '@mikro-orm/migrations';

export class Migration20261125193035_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "role" as enum ('ADMIN', 'COMMISSIONER', 'PRACTITIONER', 'SAFEGUARDING_LEAD', 'FORUM_MEMBER', 'PARTICIPANT');`);
    this.addSql(`create type "age_band" as enum ('AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'PARENT_CARER', 'NOT_SAID');`);
    this.addSql(`create type "access_code_purpose" as enum ('PARTICIPANT', 'FORUM_MEMBER');`);
    this.addSql(`create table "organisation" ("id" uuid not null, "name" text not null, "suppression_threshold" int not null default 10, "created_at" timestamptz not null, constraint "organisation_pkey" primary key ("id"));`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "organisation_id" uuid not null, "actor_id" uuid null, "actor" text not null, "action" text not null, "target_type" text not null, "target_id" text not null, "details" jsonb null, "at" timestamptz not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_organisation_id_target_id_index" on "audit_entry" ("organisation_id", "target_id");`);
    this.addSql(`create index "audit_entry_organisation_id_at_index" on "audit_entry" ("organisation_id", "at");`);

    this.addSql(`create table "account" ("id" uuid not null, "organisation_id" uuid not null, "role" "role" not null, "email" text null, "password_hash" text null, "display_name" text null, "age_band" "age_band" null, "created_at" timestamptz not null, "deactivated_at" timestamptz null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`create index "account_organisation_id_role_index" on "account" ("organisation_id", "role");`);

    this.addSql(`create table "access_code" ("id" uuid not null, "organisation_id" uuid not null, "code_hash" text not null, "purpose" "access_code_purpose" not null, "account_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "max_uses" int not null default 1, "uses" int not null default 0, "revoked_at" timestamptz null, constraint "access_code_pkey" primary key ("id"));`);
    this.addSql(`alter table "access_code" add constraint "access_code_code_hash_unique" unique ("code_hash");`);

    this.addSql(`create table "service" ("id" uuid not null, "organisation_id" uuid not null, "name" text not null, "description" text null, "created_at" timestamptz not null, constraint "service_pkey" primary key ("id"));`);
    this.addSql(`alter table "service" add constraint "service_organisation_id_name_unique" unique ("organisation_id", "name");`);

    this.addSql(`create table "session" ("token_hash" text not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account" add constraint "account_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "access_code" add constraint "access_code_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "access_code" add constraint "access_code_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "access_code" add constraint "access_code_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service" add constraint "service_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_organisation_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_organisation_id_foreign";`);

    this.addSql(`alter table "access_code" drop constraint "access_code_organisation_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_organisation_id_foreign";`);

    this.addSql(`alter table "access_code" drop constraint "access_code_account_id_foreign";`);

    this.addSql(`alter table "access_code" drop constraint "access_code_created_by_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "access_code" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop type "role";`);
    this.addSql(`drop type "age_band";`);
    this.addSql(`drop type "access_code_purpose";`);
  }

}

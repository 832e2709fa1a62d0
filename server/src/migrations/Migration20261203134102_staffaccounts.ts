import { Migration } from '@mikro-orm/migrations';

export class Migration20261203134102_staffaccounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "account_token_purpose" as enum ('INVITE', 'RESET');`);
    this.addSql(`create table "account_token" ("id" uuid not null, "account_id" uuid not null, "purpose" "account_token_purpose" not null, "token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_token_pkey" primary key ("id"));`);
    this.addSql(`create index "account_token_account_id_index" on "account_token" ("account_id");`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "account_token" add constraint "account_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account" add column "joined_at" timestamptz null, add column "last_sign_in_at" timestamptz null, add column "mfa_secret" text null, add column "mfa_pending_secret" text null, add column "mfa_enabled_at" timestamptz null, add column "mfa_last_step" int null;`);
    // Everyone who had an account before invitations existed has joined.
    this.addSql(`update "account" set "joined_at" = "created_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_token" cascade;`);

    this.addSql(`alter table "account" drop column "joined_at", drop column "last_sign_in_at", drop column "mfa_secret", drop column "mfa_pending_secret", drop column "mfa_enabled_at", drop column "mfa_last_step";`);

    this.addSql(`drop type "account_token_purpose";`);
  }

}

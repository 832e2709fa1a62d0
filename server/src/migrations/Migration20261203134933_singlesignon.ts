import { Migration } from '@mikro-orm/migrations';

export class Migration20261203134933_singlesignon extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "oidc_login" ("id" uuid not null, "organisation_id" uuid not null, "state_hash" text not null, "nonce" text not null, "code_verifier" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "oidc_login_pkey" primary key ("id"));`);
    this.addSql(`alter table "oidc_login" add constraint "oidc_login_state_hash_unique" unique ("state_hash");`);

    this.addSql(`alter table "oidc_login" add constraint "oidc_login_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation" add column "oidc_issuer" text null, add column "oidc_client_id" text null, add column "oidc_client_secret" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oidc_login" cascade;`);

    this.addSql(`alter table "organisation" drop column "oidc_issuer", drop column "oidc_client_id", drop column "oidc_client_secret";`);
  }

}

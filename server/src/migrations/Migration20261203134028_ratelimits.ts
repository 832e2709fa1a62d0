import { Migration } from '@mikro-orm/migrations';

export class Migration20261203134028_ratelimits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create unlogged table "rate_limit_failure" ("id" bigserial primary key, "key" text not null, "at" timestamptz not null, "expires_at" timestamptz not null);`);
    this.addSql(`create index "rate_limit_failure_expires_at_index" on "rate_limit_failure" ("expires_at");`);
    this.addSql(`create index "rate_limit_failure_key_at_index" on "rate_limit_failure" ("key", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_failure" cascade;`);
  }

}

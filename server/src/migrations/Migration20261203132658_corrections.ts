import { Migration } from '@mikro-orm/migrations';

export class Migration20261203132658_corrections extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "decision_version" ("id" uuid not null, "decision_id" uuid not null, "at" timestamptz not null, "by" text not null, "reason" text not null, "title" text not null, "summary" text not null, "rationale" text not null, "outcome" "outcome" not null, "you_said_we_did" text not null, "published" boolean not null, constraint "decision_version_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_version_decision_id_at_index" on "decision_version" ("decision_id", "at");`);

    this.addSql(`alter table "decision_version" add constraint "decision_version_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "decision" add column "amended_at" timestamptz null;`);

    this.addSql(`alter type "event_status" add value if not exists 'CANCELLED' after 'CLOSED';`);

    this.addSql(`alter table "consultation_event" add column "cancelled_reason" text null, add column "cancelled_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "decision_version" cascade;`);

    this.addSql(`alter table "consultation_event" drop column "cancelled_reason", drop column "cancelled_at";`);

    this.addSql(`alter table "decision" drop column "amended_at";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261125201212_receiptfollow extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "receipt_follow" ("id" uuid not null, "response_id" uuid not null, "email" text not null, "created_at" timestamptz not null, constraint "receipt_follow_pkey" primary key ("id"));`);
    this.addSql(`alter table "receipt_follow" add constraint "receipt_follow_response_id_unique" unique ("response_id");`);

    this.addSql(`alter table "receipt_follow" add constraint "receipt_follow_response_id_foreign" foreign key ("response_id") references "survey_response" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "receipt_follow" cascade;`);
  }

}

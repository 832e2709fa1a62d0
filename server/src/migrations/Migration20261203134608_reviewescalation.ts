import { Migration } from '@mikro-orm/migrations';

export class Migration20261203134608_reviewescalation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "voice_input" add column "reviewed_at" timestamptz null, add column "reviewed_by_id" uuid null;`);
    this.addSql(`alter table "voice_input" add constraint "voice_input_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "safeguarding_concern" add column "escalated_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "voice_input" drop constraint "voice_input_reviewed_by_id_foreign";`);

    this.addSql(`alter table "safeguarding_concern" drop column "escalated_at";`);

    this.addSql(`alter table "voice_input" drop column "reviewed_at", drop column "reviewed_by_id";`);
  }

}

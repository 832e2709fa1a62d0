import { Migration } from '@mikro-orm/migrations';

export class Migration20261203132201_lifecycle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organisation" add column "retain_concern_words_months" int not null default 72, add column "privacy_contact" text null;`);

    this.addSql(`alter table "voice_input" add column "erased_at" timestamptz null, add column "erased_by" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organisation" drop column "retain_concern_words_months", drop column "privacy_contact";`);

    this.addSql(`alter table "voice_input" drop column "erased_at", drop column "erased_by";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261203132357_surveylanguage extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "survey" add column "language" text not null default 'en', add column "translations" jsonb not null default '{}';`);

    this.addSql(`alter table "survey_response" add column "language" text null;`);

    this.addSql(`alter table "voice_input" add column "language" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey" drop column "language", drop column "translations";`);

    this.addSql(`alter table "survey_response" drop column "language";`);

    this.addSql(`alter table "voice_input" drop column "language";`);
  }

}

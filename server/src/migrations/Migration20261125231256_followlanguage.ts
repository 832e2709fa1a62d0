import { Migration } from '@mikro-orm/migrations';

export class Migration20261125231256_followlanguage extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "receipt_follow" add column "language" text not null default 'en';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "receipt_follow" drop column "language";`);
  }

}

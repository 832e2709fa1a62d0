import { Migration } from '@mikro-orm/migrations';

export class Migration20261125213330_influenceindexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "voice_input_proposal_voices" on "voice_input" ("service_id", "created_at") include ("proposal_id") where "proposal_id" is not null;`);

    // Copies of the input's service and time, filled in for links made before this migration.
    this.addSql(`alter table "theme_input" add column "input_service_id" uuid null, add column "input_created_at" timestamptz null;`);
    this.addSql(`update "theme_input" ti set "input_service_id" = v."service_id", "input_created_at" = v."created_at" from "voice_input" v where v."id" = ti."input_id";`);
    this.addSql(`alter table "theme_input" alter column "input_created_at" set not null;`);
    this.addSql(`create index "theme_input_input_service_created" on "theme_input" ("input_service_id", "input_created_at") include ("theme_id", "tagged_at", "input_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "theme_input_input_service_created";`);
    this.addSql(`alter table "theme_input" drop column "input_service_id", drop column "input_created_at";`);

    this.addSql(`drop index "voice_input_proposal_voices";`);
  }

}

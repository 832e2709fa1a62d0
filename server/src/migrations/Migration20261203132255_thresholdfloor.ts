import { Migration } from '@mikro-orm/migrations';

export class Migration20261203132255_thresholdfloor extends Migration {

  override async up(): Promise<void> {
    // A threshold below the floor was never applied (the engine clamps it); make the stored value say so.
    this.addSql(`update "organisation" set "suppression_threshold" = 5 where "suppression_threshold" < 5;`);
    this.addSql(`alter table "organisation" add constraint organisation_suppression_threshold_floor check(suppression_threshold >= 5);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organisation" drop constraint organisation_suppression_threshold_floor;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261203132255_thresholdfloor extends Migration {

  override async up(): Promise<void> {
    // A threshold below the floor was never applied (the engine clamps it): make the stored value
    // say so, so that the floor's check constraint (organisation_threshold_floor, next) can be added.
    this.addSql(`update "organisation" set "suppression_threshold" = 5 where "suppression_threshold" < 5;`);
  }

  override async down(): Promise<void> {
    // The values raised to the floor are not restored: they were never in effect.
  }

}

import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203134028_ratelimits } from './Migration20261203134028_ratelimits.js';
import { Migration20261203132201_lifecycle } from './Migration20261203132201_lifecycle.js';
import { Migration20261203132727_settingsjobs } from './Migration20261203132727_settingsjobs.js';
import { Migration20261125231256_followlanguage } from './Migration20261125231256_followlanguage.js';
import { Migration20261125213330_influenceindexes } from './Migration20261125213330_influenceindexes.js';
import { Migration20261125201212_receiptfollow } from './Migration20261125201212_receiptfollow.js';
import { Migration20261125195537_evidencechain } from './Migration20261125195537_evidencechain.js';
import { Migration20261125194519_surveys } from './Migration20261125194519_surveys.js';
import { Migration20261125193035_initial } from './Migration20261125193035_initial.js';

/** Committed migrations, in order. `npm run migration:create -- name` writes a file and adds it here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125193035_initial', class: Migration20261125193035_initial },
  { name: 'Migration20261125194519_surveys', class: Migration20261125194519_surveys },
  { name: 'Migration20261125195537_evidencechain', class: Migration20261125195537_evidencechain },
  { name: 'Migration20261125201212_receiptfollow', class: Migration20261125201212_receiptfollow },
  { name: 'Migration20261125213330_influenceindexes', class: Migration20261125213330_influenceindexes },
  { name: 'Migration20261125231256_followlanguage', class: Migration20261125231256_followlanguage },
  { name: 'Migration20261203132201_lifecycle', class: Migration20261203132201_lifecycle },
  { name: 'Migration20261203132727_settingsjobs', class: Migration20261203132727_settingsjobs },
  { name: 'Migration20261203134028_ratelimits', class: Migration20261203134028_ratelimits },
];

import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125193035_initial } from './Migration20261125193035_initial.js';

/** Committed migrations, in order. `npm run migration:create -- name` writes a file and adds it here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125193035_initial', class: Migration20261125193035_initial },
];

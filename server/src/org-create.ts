/**
 * Creates an organisation and emails its first admin an invitation:
 *   npm run org:create -- --name "Eastvale Council" --admin-email admin@eastvale.gov.uk [--admin-name "Jo Bloggs"]
 *     [--oidc-issuer https://login.microsoftonline.com/<tenant>/v2.0 --oidc-client-id <id>]
 * The single sign-on client secret is read from OIDC_CLIENT_SECRET (never a command-line argument,
 * which would land in shell history). Uses DATABASE_URL, or the embedded database in DATA_DIR when
 * Heard is not running; mail goes by MAIL_TRANSPORT as for the server.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createLogger, mailFor } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { startEmbeddedPostgres, withStartupLock, type Database } from './database.js';
import { createOrganisation, OrganisationInputError } from './identity/organisation.service.js';
import { openOrm } from './orm.js';

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      'oidc-issuer': { type: 'string' },
      'oidc-client-id': { type: 'string' },
    },
  });
  if (!values.name || !values['admin-email']) {
    console.error('Usage: npm run org:create -- --name "Council name" --admin-email admin@example.gov.uk [--admin-name "Name"] [--oidc-issuer URL --oidc-client-id ID]');
    return 2;
  }
  const oidcAsked = values['oidc-issuer'] || values['oidc-client-id'];
  if (oidcAsked && (!values['oidc-issuer'] || !values['oidc-client-id'] || !process.env.OIDC_CLIENT_SECRET)) {
    console.error('Single sign-on needs --oidc-issuer, --oidc-client-id and OIDC_CLIENT_SECRET in the environment.');
    return 2;
  }
  const config = loadConfig();
  const log = createLogger(config);
  const db: Database = config.databaseUrl ? { url: config.databaseUrl, stop: async () => {} } : await startEmbeddedPostgres({ dataDir: config.dataDir });
  try {
    const orm = await withStartupLock(db.url, () => openOrm(db.url));
    try {
      const { organisation, admin } = await createOrganisation(orm.em.fork(), { config, log, mail: mailFor(config, log) }, {
        name: values.name,
        adminEmail: values['admin-email'],
        adminName: values['admin-name'],
        oidc: oidcAsked ? { issuer: values['oidc-issuer']!, clientId: values['oidc-client-id']!, clientSecret: process.env.OIDC_CLIENT_SECRET! } : undefined,
      });
      console.log(`Created ${organisation.name} (${organisation.id}). An invitation went to ${admin.email}; it works for 7 days.`);
      return 0;
    } finally {
      await orm.close();
    }
  } finally {
    await db.stop();
  }
}

run()
  .then((code) => process.exit(code))
  .catch((error) => {
    if (error instanceof OrganisationInputError || error instanceof ConfigError) {
      console.error(`Not created: ${error.message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  });

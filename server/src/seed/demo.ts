import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { hashPassword } from '../identity/identity.service.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Service } from '../services/service.entity.js';
import { Role } from '../shared/enums.js';
import { seedDemoEvents } from './demo-events.js';

/** The fictional demo world (domain.md): two councils, a member of staff per role in each. */
export const DEMO_ORGANISATIONS = [
  { name: 'Northbridge Borough Council', domain: 'northbridge.example' },
  { name: 'Southmoor Council', domain: 'southmoor.example' },
] as const;

export const DEMO_STAFF = [
  { local: 'admin', role: Role.ADMIN, name: 'Amira Shah' },
  { local: 'commissioner', role: Role.COMMISSIONER, name: 'Colin Price' },
  { local: 'practitioner', role: Role.PRACTITIONER, name: 'Priya Patel' },
  { local: 'safeguarding', role: Role.SAFEGUARDING_LEAD, name: 'Sam Okafor' },
] as const;

const DEMO_SERVICES = [
  { name: 'Early Help', description: 'Support for families before problems get bigger.' },
  { name: 'Child Protection', description: 'Keeping children safe when someone is worried about harm.' },
  { name: 'Missing from Home', description: 'Help for young people who go missing or are at risk of exploitation.' },
  { name: 'Schools', description: 'Working with schools across the borough.' },
];

export function demoSignIns(): string[] {
  return DEMO_ORGANISATIONS.flatMap((o) => DEMO_STAFF.map((s) => `${s.local}@${o.domain}`));
}

async function seedOrganisation(em: EntityManager, org: (typeof DEMO_ORGANISATIONS)[number], passwordHash: string): Promise<void> {
  const organisation = new Organisation(org.name);
  em.persist(organisation);
  for (const staff of DEMO_STAFF) {
    const account = new Account(organisation, staff.role);
    account.email = `${staff.local}@${org.domain}`;
    account.displayName = staff.name;
    account.passwordHash = passwordHash;
    em.persist(account);
  }
  for (const service of DEMO_SERVICES) em.persist(new Service(organisation, service.name, service.description));
}

/**
 * Loads the demo world into an empty database (no organisations yet) and returns true; leaves a
 * database that has any organisation alone and returns false. Never called in production.
 */
export async function seedDemo(orm: MikroORM, password: string): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Organisation, {})) > 0) return false;
  const passwordHash = await hashPassword(password);
  await em.transactional(async (tx) => {
    for (const org of DEMO_ORGANISATIONS) await seedOrganisation(tx, org, passwordHash);
    await tx.flush();
    await seedDemoEvents(tx, DEMO_ORGANISATIONS[0].name);
  });
  return true;
}

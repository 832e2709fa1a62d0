import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { hashPassword } from '../identity/identity.service.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Forum } from '../proposals/forum.entity.js';
import { Proposal, ProposalStatus, Vote, VoteChoice } from '../proposals/proposal.entity.js';
import { Service } from '../services/service.entity.js';
import { AgeBand, Role } from '../shared/enums.js';
import { seedDemoEvents } from './demo-events.js';
import { seedDemoTrace } from './demo-trace.js';

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
  organisation.privacyContact = `Data Protection Officer, ${org.name} — dpo@${org.domain}`;
  em.persist(organisation);
  for (const staff of DEMO_STAFF) {
    const account = new Account(organisation, staff.role);
    account.email = `${staff.local}@${org.domain}`;
    account.displayName = staff.name;
    account.passwordHash = passwordHash;
    em.persist(account);
  }
  for (const service of DEMO_SERVICES) em.persist(new Service(organisation, service.name, service.description));
  await seedYouthForum(em, organisation, org);
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
    await tx.flush();
    await seedDemoTrace(tx, DEMO_ORGANISATIONS[0].name);
    await tx.flush();
    // The demo's past words were read by its practitioner long ago (reviewFreeText): new ones wait.
    await tx.getConnection().execute(
      `update voice_input v set reviewed_at = v.created_at, reviewed_by_id = (select a.id from account a where a.organisation_id = v.organisation_id and a.role = 'PRACTITIONER' order by a.email limit 1)
        where v.reviewed_at is null`,
      [],
      'run',
      tx.getTransactionContext(),
    );
  });
  return true;
}

/**
 * A youth forum ("Northbridge Youth Voice") with a few members, a proposal open for a week with two
 * votes in, and a draft. Members join with codes that staff issue from the forum page (reissue).
 */
async function seedYouthForum(em: EntityManager, organisation: Organisation, org: (typeof DEMO_ORGANISATIONS)[number]): Promise<void> {
  await em.flush();
  const facilitator = await em.findOneOrFail(Account, { email: `practitioner@${org.domain}` });
  const earlyHelp = await em.findOneOrFail(Service, { organisation, name: 'Early Help' });
  const forum = new Forum(organisation, `${org.name.split(' ')[0]} Youth Voice`, facilitator);
  forum.description = 'Young people aged 11 to 18 who give their views on changes to services.';
  const members = [
    ['Aisha', AgeBand.AGE_12_TO_17],
    ['Jordan', AgeBand.AGE_12_TO_17],
    ['Kacper', AgeBand.AGE_12_TO_17],
    ['Mia', AgeBand.AGE_8_TO_11],
  ].map(([name, ageBand]) => {
    const member = new Account(organisation, Role.FORUM_MEMBER);
    member.forum = forum;
    member.displayName = name;
    member.ageBand = ageBand as AgeBand;
    return member;
  });
  const saturdays = new Proposal(organisation, facilitator, {
    title: 'Open the family hub on Saturdays',
    problem: 'Families who work or are at school in the week cannot get to the family hub, which is only open Monday to Friday.',
    proposedChange: 'Open the family hub from 10am to 2pm every Saturday, with an Early Help worker and a youth worker there.',
    childSummary: 'The family hub could open on Saturdays too. Then you and your family can go when you are not at school.',
  });
  saturdays.service = earlyHelp;
  saturdays.forum = forum;
  saturdays.quorum = 3;
  saturdays.status = ProposalStatus.OPEN_FOR_VOTING;
  saturdays.votingOpenedAt = new Date();
  saturdays.votingClosesAt = new Date(Date.now() + 7 * 86_400_000);
  const reviews = new Proposal(organisation, facilitator, {
    title: 'Let young people choose where their review meeting happens',
    problem: 'Review meetings are held in offices that feel formal, and some young people do not want to go.',
    proposedChange: 'Ask each young person where they would like their review meeting: school, home, a café or the office.',
    childSummary: 'You could choose where your review meeting happens, like at school or in a café.',
  });
  reviews.forum = forum;
  em.persist([forum, ...members, saturdays, reviews, new Vote(saturdays, members[0], VoteChoice.FOR), new Vote(saturdays, members[1], VoteChoice.ABSTAIN)]);
}

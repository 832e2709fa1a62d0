import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessCodePurpose } from '../server/src/identity/access-code.entity.js';
import { Account } from '../server/src/identity/account.entity.js';
import { issueAccessCodes } from '../server/src/identity/identity.service.js';
import { heardSchema } from '../server/src/schema.js';
import { PUBLIC } from '../server/src/shared/auth.js';
import { Role } from '../server/src/shared/enums.js';
import { Organisation } from '../server/src/identity/organisation.entity.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';

/** The roles each root operation declares with @Authorized ([] = any signed-in person). */
function declaredRules(): Map<string, string[]> {
  const storage = getMetadataStorage();
  const rules = new Map<string, string[]>();
  for (const op of [...storage.queries, ...storage.mutations]) {
    const rule = storage.authorizedFields.find((a) => a.target === op.target && a.fieldName === op.methodName);
    if (rule) rules.set(op.schemaName, rule.roles as string[]);
  }
  return rules;
}

/** Smallest well-typed value for an argument, so that a call reaches the authorization check. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(named)) {
    return { ID: '00000000-0000-4000-8000-000000000000', Int: 1, Float: 1, Boolean: true, DateTimeISO: '2030-01-01T00:00:00.000Z' }[named.name] ?? 'x';
  }
  return null;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  const leaf = Object.values(named.getFields()).find((f) => !isObjectType(getNamedType(f.type)) && f.args.length === 0);
  return leaf ? `{ ${leaf.name} }` : '{ __typename }';
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args as GraphQLArgument[];
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = `${kind}${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(field)} }`;
  const variables = Object.fromEntries(args.map((a) => [a.name, sample(a.type)]));
  return { document, variables };
}

let t: TestApp;
const agents = new Map<string, Agent>();

beforeAll(async () => {
  t = await startTestApp();
  for (const role of ['admin', 'commissioner', 'practitioner', 'safeguarding']) {
    agents.set(`staff:${role}`, await t.staff(`${role}@northbridge.example`));
  }
  // A participant and a forum member of Northbridge, each joined with a code.
  const em = t.orm.em.fork();
  const org = await em.findOneOrFail(Organisation, { name: 'Northbridge Borough Council' });
  const admin = await em.findOneOrFail(Account, { email: 'admin@northbridge.example' });
  const actor = { accountId: admin.id, organisationId: org.id, role: Role.ADMIN, displayName: 'Amira Shah', sessionTokenHash: '' };
  const member = new Account(org, Role.FORUM_MEMBER);
  member.displayName = 'Test Member';
  await em.persist(member).flush();
  const [participantCode] = await issueAccessCodes(em, actor, { config: t.config } as any, { count: 1, expiresInDays: 1, purpose: AccessCodePurpose.PARTICIPANT });
  const [memberCode] = await issueAccessCodes(em, actor, { config: t.config } as any, { count: 1, expiresInDays: 1, purpose: AccessCodePurpose.FORUM_MEMBER, account: member });
  const participant = t.agent();
  await participant.gql(`mutation($c: String!) { joinWithCode(code: $c) { id } }`, { c: participantCode });
  const forum = t.agent();
  await forum.gql(`mutation($c: String!) { joinWithCode(code: $c) { id } }`, { c: memberCode });
  agents.set('PARTICIPANT', participant);
  agents.set('FORUM_MEMBER', forum);
});
afterAll(() => t.close());

const ROLE_AGENT: Record<string, string> = {
  ADMIN: 'staff:admin',
  COMMISSIONER: 'staff:commissioner',
  PRACTITIONER: 'staff:practitioner',
  SAFEGUARDING_LEAD: 'staff:safeguarding',
  PARTICIPANT: 'PARTICIPANT',
  FORUM_MEMBER: 'FORUM_MEMBER',
};

describe('authorization is declared for every operation', () => {
  it('has an @Authorized rule on every query and mutation in the schema', async () => {
    const schema = await heardSchema();
    const rules = declaredRules();
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(fields.filter((name) => !rules.has(name))).toEqual([]);
  });

  it('refuses every non-public operation to a signed-out caller with UNAUTHENTICATED', async () => {
    const schema = await heardSchema();
    const rules = declaredRules();
    const failures: string[] = [];
    for (const [kind, type] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
      for (const field of Object.values(type.getFields())) {
        if (rules.get(field.name)?.includes(PUBLIC)) continue;
        const { document, variables } = operation(kind, field);
        const { code } = await t.agent().fails(document, variables).catch(() => ({ code: 'NO ERROR' }));
        if (code !== 'UNAUTHENTICATED') failures.push(`${field.name}: ${code}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses every role-restricted operation to each role it does not name with FORBIDDEN', async () => {
    const schema = await heardSchema();
    const rules = declaredRules();
    const failures: string[] = [];
    let checked = 0;
    for (const [kind, type] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
      for (const field of Object.values(type.getFields())) {
        const roles = rules.get(field.name) ?? [];
        if (roles.length === 0 || roles.includes(PUBLIC)) continue;
        const { document, variables } = operation(kind, field);
        for (const role of Object.keys(ROLE_AGENT).filter((r) => !roles.includes(r))) {
          const { code } = await agents.get(ROLE_AGENT[role])!.fails(document, variables).catch(() => ({ code: 'NO ERROR' }));
          checked++;
          if (code !== 'FORBIDDEN') failures.push(`${field.name} as ${role}: ${code}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

describe('authorization is declared for every field that returns more than a scalar', () => {
  it('names its roles in every declaration (no @Authorized() that lets in anyone signed in)', async () => {
    await heardSchema();
    const empty = getMetadataStorage().authorizedFields.filter((a) => a.roles.length === 0).map((a) => `${a.target.name}.${a.fieldName}`);
    expect(empty).toEqual([]);
  });

  it('declares who may read every field resolver that returns an object or words', async () => {
    const schema = await heardSchema();
    const storage = getMetadataStorage();
    const missing: string[] = [];
    let checked = 0;
    for (const resolver of storage.fieldResolvers) {
      const objectType = resolver.getObjectType?.() ?? resolver.resolverClassMetadata?.getObjectType();
      const typeName = storage.objectTypes.find((o) => o.target === objectType)?.name;
      const field = typeName ? (schema.getType(typeName) as any)?.getFields?.()[resolver.schemaName] : undefined;
      if (!field) continue;
      const named = getNamedType(field.type);
      if (!isObjectType(named) && named.name !== 'String') continue;
      checked++;
      const declared = storage.authorizedFields.some((a) => a.target === resolver.target && a.fieldName === resolver.methodName);
      if (!declared) missing.push(`${typeName}.${resolver.schemaName}`);
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});

describe('tenancy: one organisation never sees or changes another', () => {
  it('lists only the caller organisation services', async () => {
    const south = await t.staff('admin@southmoor.example');
    await south.gql(`mutation { createService(name: "Southmoor Only") { id } }`);
    const north = await agents.get('staff:admin')!.gql(`{ services { name } }`);
    expect(north.services.map((s: any) => s.name)).not.toContain('Southmoor Only');
  });

  it('keeps each organisation audit log to itself', async () => {
    const south = await t.staff('admin@southmoor.example');
    await south.gql(`mutation { createService(name: "Southmoor Audit Check") { id } }`);
    const north = await agents.get('staff:admin')!.gql(`{ auditLog(first: 100) { edges { node { action actor } } } }`);
    expect(north.auditLog.edges.some((e: any) => e.node.actor.startsWith('Amira Shah') === false && e.node.action === 'createService')).toBe(false);
  });

  it('answers NOT_FOUND when an admin deactivates another organisation staff account', async () => {
    const em = t.orm.em.fork();
    const southWorker = await em.findOneOrFail(Account, { email: 'practitioner@southmoor.example' });
    const res = await agents.get('staff:admin')!.fails(`mutation($id: ID!) { deactivateStaffAccount(id: $id) { id } }`, { id: southWorker.id });
    expect(res.code).toBe('NOT_FOUND');
    await t.agent().signIn('practitioner@southmoor.example');
  });

  it('lists only the caller organisation staff accounts', async () => {
    const { staffAccounts } = await agents.get('staff:admin')!.gql(`{ staffAccounts { email } }`);
    expect(staffAccounts.length).toBeGreaterThan(0);
    expect(staffAccounts.every((s: any) => s.email.endsWith('@northbridge.example'))).toBe(true);
  });

  it('makes participant codes that join only the issuing organisation', async () => {
    const south = await t.staff('practitioner@southmoor.example');
    const { createParticipantCodes: [code] } = await south.gql(`mutation { createParticipantCodes(count: 1) }`);
    const { joinWithCode } = await t.agent().gql(`mutation($c: String!) { joinWithCode(code: $c) { organisation { name } } }`, { c: code });
    expect(joinWithCode.organisation.name).toBe('Southmoor Council');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../server/src/shared/audit-entry.entity.js';
import { organisationSettings } from '../server/src/identity/settings.service.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';

const SETTINGS = `{ organisationSettings { suppressionThreshold concernHighDueHours concernDueWorkingDays supportMessage
  supportContacts { name phone url } reviewFreeText contentLanguages retainWordsMonths requireStaffMfa } }`;
const UPDATE = `mutation($i: OrganisationSettingsInput!) { updateOrganisationSettings(input: $i) { suppressionThreshold
  concernHighDueHours supportContacts { name phone url } contentLanguages retainWordsMonths reviewFreeText } }`;

let t: TestApp;
let admin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.staff('admin@northbridge.example');
});
afterAll(() => t.close());

describe('organisation settings', () => {
  it('shows an admin the defaults: threshold 10, review on, three languages', async () => {
    const { organisationSettings: s } = await admin.gql(SETTINGS);
    expect(s).toMatchObject({ suppressionThreshold: 10, reviewFreeText: true, contentLanguages: ['en', 'ur', 'pl'], requireStaffMfa: false });
    expect(s.supportMessage.length).toBeGreaterThan(20);
  });

  it('is for admins only', async () => {
    for (const email of ['commissioner@northbridge.example', 'practitioner@northbridge.example', 'safeguarding@northbridge.example']) {
      const staff = await t.staff(email);
      expect((await staff.fails(SETTINGS)).code).toBe('FORBIDDEN');
      expect((await staff.fails(UPDATE, { i: { suppressionThreshold: 12 } })).code).toBe('FORBIDDEN');
    }
    expect((await t.agent().fails(SETTINGS)).code).toBe('UNAUTHENTICATED');
  });

  it('changes only the fields given, and audits the settings before and after', async () => {
    const { updateOrganisationSettings: s } = await admin.gql(UPDATE, {
      i: { suppressionThreshold: 12, concernHighDueHours: 2, supportContacts: [{ name: 'Northbridge Early Help', phone: '01632 960000', url: null }] },
    });
    expect(s).toMatchObject({ suppressionThreshold: 12, concernHighDueHours: 2, contentLanguages: ['en', 'ur', 'pl'], retainWordsMonths: 24 });
    expect(s.supportContacts).toEqual([{ name: 'Northbridge Early Help', phone: '01632 960000', url: null }]);
    const entries = await t.orm.em.fork().find(AuditEntry, { action: 'updateOrganisationSettings' });
    expect(entries).toHaveLength(1);
    expect(entries[0].details).toMatchObject({ before: { suppressionThreshold: 10, concernHighDueHours: 1 }, after: { suppressionThreshold: 12, concernHighDueHours: 2 } });
  });

  it('keeps words for ever when retention is cleared to null', async () => {
    const { updateOrganisationSettings: s } = await admin.gql(UPDATE, { i: { retainWordsMonths: null } });
    expect(s.retainWordsMonths).toBeNull();
  });

  it('refuses a threshold below five by field, and changes nothing', async () => {
    expect(await admin.fails(UPDATE, { i: { suppressionThreshold: 4, concernHighDueHours: 3 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'suppressionThreshold' });
    const { organisationSettings: s } = await admin.gql(SETTINGS);
    expect(s.suppressionThreshold).toBe(12);
    expect(s.concernHighDueHours).toBe(2);
  });

  it('refuses a language that is not a language tag, naming the entry', async () => {
    expect(await admin.fails(UPDATE, { i: { contentLanguages: ['en', 'Urdu please'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentLanguages.1' });
  });

  it("changes only the admin's own organisation", async () => {
    const southmoor = await t.staff('admin@southmoor.example');
    await southmoor.gql(UPDATE, { i: { suppressionThreshold: 20 } });
    const [north] = await t.orm.em.fork().getConnection().execute(`select id from organisation where name = 'Northbridge Borough Council'`);
    expect((await organisationSettings(t.orm.em.fork(), north.id)).suppressionThreshold).toBe(12);
    expect((await southmoor.gql(SETTINGS)).organisationSettings.suppressionThreshold).toBe(20);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { answersFor, SUBMIT, submissionId, survey, type SurveyFixture } from '../support/factories.js';

/*
 * Screening per language through the API, and an organisation's own rule sets managed as settings
 * (not SQL): added by an admin, checked, audited, used at once, switched off again.
 */

let t: TestApp;
let admin: Agent;
let lead: Agent;
let s: SurveyFixture;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.staff('admin@northbridge.example');
  lead = await t.staff('safeguarding@northbridge.example');
  s = await survey(await t.staff('practitioner@northbridge.example'), 'open');
});
afterAll(() => t.close());

async function concernFor(text: string): Promise<{ matchedRules: string[]; screeningLayers: string[] } | null> {
  const { submitResponse } = await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), answers: answersFor(s, text) } });
  const [row] = await t.orm.em.fork().getConnection().execute(
    'select c.id from safeguarding_concern c join voice_input v on v.id = c.input_id where v.response_id = ?',
    [submitResponse.responseId],
  );
  if (!row) return null;
  const { safeguardingConcern } = await lead.gql(`query($id: ID!) { safeguardingConcern(id: $id) { matchedRules screeningLayers } }`, { id: row.id });
  return safeguardingConcern;
}

const RULE_SET = {
  version: 'northbridge-pl-1',
  language: 'pl',
  rules: [{ id: 'northbridge.pl.gang-name', category: 'EXPLOITATION', severity: 'HIGH', patterns: ['\\bekipa z osiedla\\b'] }],
};
const ADD = `mutation($r: String!) { addScreeningRuleSet(rules: $r) { id language version active ruleCount } }`;

describe('screening languages', () => {
  it('lists English, Urdu and Polish', async () => {
    const { screeningLanguages } = await t.agent().gql(`{ screeningLanguages }`);
    expect(screeningLanguages).toEqual(['en', 'ur', 'pl']);
  });

  it('raises a concern for Urdu in Arabic script, Roman Urdu and Polish, recording the rules layer', async () => {
    for (const text of ['میرے ابو مجھے روز مارتے ہیں', 'mere abbu mujhe roz marte hain', 'ojczym mnie bije pasem']) {
      const concern = await concernFor(text);
      expect(concern, text).not.toBeNull();
      expect(concern!.screeningLayers).toContain('rules');
      expect(concern!.matchedRules.some((r) => r.startsWith('ur.') || r.startsWith('pl.'))).toBe(true);
    }
  });

  it('leaves ordinary Urdu and Polish feedback alone', async () => {
    expect(await concernFor('ammi bohat acha khana banati hain')).toBeNull();
    expect(await concernFor('tata nauczył mnie jeździć na rowerze')).toBeNull();
  });
});

describe("an organisation's own rule sets", () => {
  it('are added by an admin, audited, used at once, and switched off again', async () => {
    expect(await concernFor('ekipa z osiedla każe mi przychodzić wieczorem')).toBeNull();
    const { addScreeningRuleSet } = await admin.gql(ADD, { r: JSON.stringify(RULE_SET) });
    expect(addScreeningRuleSet).toMatchObject({ language: 'pl', version: 'northbridge-pl-1', active: true, ruleCount: 1 });
    const [audit] = await t.orm.em.fork().getConnection().execute(`select count(*)::int as n from audit_entry where action = 'addScreeningRuleSet' and target_id = ?`, [addScreeningRuleSet.id]);
    expect(audit.n).toBe(1);
    const flagged = await concernFor('ekipa z osiedla każe mi przychodzić wieczorem');
    expect(flagged?.matchedRules).toContain('northbridge.pl.gang-name');

    await admin.gql(`mutation($id: ID!) { setScreeningRuleSetActive(id: $id, active: false) { active } }`, { id: addScreeningRuleSet.id });
    expect(await concernFor('ekipa z osiedla każe mi przychodzić wieczorem')).toBeNull();
    const { screeningRuleSets } = await lead.gql(`{ screeningRuleSets { id active } }`);
    expect(screeningRuleSets).toContainEqual({ id: addScreeningRuleSet.id, active: false });
  });

  it('refuses a rule set that does not compile or is not JSON, naming the field, and stores nothing', async () => {
    const broken = { ...RULE_SET, version: 'broken', rules: [{ ...RULE_SET.rules[0], patterns: ['(unclosed'] }] };
    for (const r of [JSON.stringify(broken), '{not json']) {
      const res = await admin.request(ADD, { r });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules' });
    }
    const [row] = await t.orm.em.fork().getConnection().execute(`select count(*)::int as n from screening_rule_set where version = 'broken'`);
    expect(row.n).toBe(0);
  });

  it('are changed by admins only', async () => {
    const res = await lead.request(ADD, { r: JSON.stringify({ ...RULE_SET, version: 'by-lead' }) });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

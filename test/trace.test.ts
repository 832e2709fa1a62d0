import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundCount } from '../server/src/shared/disclosure.js';
import { DEMO_RECEIPT_CODE } from '../server/src/seed/demo-trace.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { urduTranslation } from './support/translation-factories.js';
import {
  answeredSurvey,
  decisionInput,
  eventContributions,
  freshService,
  proposal,
  RECORD_CHANGE,
  RECORD_DECISION,
  serviceId,
  theme,
  UPDATE_CHANGE,
} from './support/trace-factories.js';

let t: TestApp;
let commissioner: Agent;
let practitioner: Agent;
let south: Agent;
let earlyHelp: string;
let childProtection: string;
const dataDir = mkdtempSync(join(tmpdir(), 'heard-trace-'));

beforeAll(async () => {
  // Emails go to DATA_DIR/mail/outbox.jsonl, so the tests can read what parents were sent.
  t = await startTestApp({ env: { MAIL_TRANSPORT: 'file', DATA_DIR: dataDir } });
  [commissioner, practitioner, south] = await Promise.all([
    t.staff('commissioner@northbridge.example'),
    t.staff('practitioner@northbridge.example'),
    t.staff('commissioner@southmoor.example'),
  ]);
  earlyHelp = await serviceId(commissioner, 'Early Help');
  childProtection = await serviceId(commissioner, 'Child Protection');
});
afterAll(() => t.close());

const sql = async <T = any>(query: string, params: unknown[] = []): Promise<T[]> => t.orm.em.fork().getConnection().execute(query, params);
const audits = (targetId: string) => sql<{ action: string; actor: string; details: any }>('select action, actor, details from audit_entry where target_id = ? order by at', [targetId]);
const outbox = (): Array<{ to: string; subject: string; text: string }> => {
  const file = join(dataDir, 'mail', 'outbox.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
};

const THEME = `query($id: ID!) { theme(id: $id) {
  id label inputCount service { name }
  inputs(first: 20) { totalCount edges { node { id text withheld kind themes { id label } } } }
  countsBySource { kind count suppressed } countsByAgeBand { ageBand count suppressed }
  proposals { id title } decisions { id title }
} }`;
const TAG = `mutation($t: ID!, $i: [ID!]!) { tagInputs(themeId: $t, inputIds: $i) { id inputCount } }`;
const UNTAG = `mutation($t: ID!, $i: ID!) { untagInput(themeId: $t, inputId: $i) { id inputCount } }`;
const TRACE = `query($id: ID!) { trace(inputId: $id) {
  input { id text withheld themes { id } }
  themes { id label } proposals { id title status } decisions { id title outcome } changes { id title status }
  links { kind fromId toId at by }
} }`;
const RECEIPT = `query($c: String!) { receipt(code: $c) { submittedAt sourceTitle themes emailUpdates outcomes { title outcome decidedAt youSaidWeDid rationale changes { title status } } } }`;

describe('demo world', () => {
  it('has a chain the demo receipt code follows: themes, an adopted decision with a change done', async () => {
    const { receipt } = await t.agent('10.9.4.4').gql(RECEIPT, { c: DEMO_RECEIPT_CODE });
    expect(receipt.themes).toEqual(['Knowing when workers will visit']);
    expect(receipt.outcomes.map((o: any) => [o.outcome, o.changes.map((c: any) => c.status)])).toEqual([['ADOPTED', ['DONE']]]);
    const { decisions } = await commissioner.gql(`query($s: ID) { decisions(serviceId: $s) { outcome rationale } }`, { s: earlyHelp });
    expect(decisions.map((d: any) => d.outcome).sort()).toEqual(['ADOPTED', 'NOT_ADOPTED']);
  });
});

describe('themes and tagging', () => {
  it('tags inputs from a survey and an event to a theme, once each however often it is asked, and audits who tagged', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['The hub is shut when mum is free', 'Saturdays would be better'], { serviceId: earlyHelp });
    const { inputIds: said } = await eventContributions(practitioner, ['Open at weekends please'], { serviceId: earlyHelp });
    const themeId = await theme(practitioner, 'Opening hours', { serviceId: earlyHelp });
    const ids = [...answers.map((a) => a.inputId), ...said];

    const first = await practitioner.gql(TAG, { t: themeId, i: ids });
    const again = await commissioner.gql(TAG, { t: themeId, i: [...ids, ids[0]] });
    expect(first.tagInputs.inputCount).toBe(3);
    expect(again.tagInputs.inputCount).toBe(3);
    const rows = await sql('select ti.input_id, a.email from theme_input ti join account a on a.id = ti.tagged_by_id where ti.theme_id = ?', [themeId]);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.email === 'practitioner@northbridge.example')).toBe(true);

    const log = await audits(themeId);
    expect(log.map((a) => a.action)).toEqual(['createTheme', 'tagInputs', 'tagInputs']);
    expect(log[1].details.inputIds.sort()).toEqual([...ids].sort());
    expect(log[2].details.inputIds).toEqual([]);

    const { theme: got } = await practitioner.gql(THEME, { id: themeId });
    expect(got.service.name).toBe('Early Help');
    expect(got.inputs.totalCount).toBe(3);
    expect(got.inputs.edges.map((e: any) => e.node.kind).sort()).toEqual(['EVENT_CONTRIBUTION', 'SURVEY_ANSWER', 'SURVEY_ANSWER']);
    expect(got.inputs.edges[0].node.themes).toEqual([{ id: themeId, label: 'Opening hours' }]);
  });

  it('lists untagged inputs for the workspace and takes an input off a theme', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['Too many forms', 'Forms are long'], { serviceId: earlyHelp });
    const themeId = await theme(practitioner, 'Paperwork', { inputIds: answers.map((a) => a.inputId) });
    const untagged = `query($s: String!) { inputs(filter: { untagged: true, search: $s }) { edges { node { id } } } }`;
    expect((await practitioner.gql(untagged, { s: 'forms' })).inputs.edges).toEqual([]);

    const { untagInput } = await practitioner.gql(UNTAG, { t: themeId, i: answers[0].inputId });
    expect(untagInput.inputCount).toBe(1);
    expect((await practitioner.gql(UNTAG, { t: themeId, i: answers[0].inputId })).untagInput.inputCount).toBe(1);
    expect((await practitioner.gql(untagged, { s: 'forms' })).inputs.edges.map((e: any) => e.node.id)).toEqual([answers[0].inputId]);
    expect((await audits(themeId)).map((a) => a.action)).toContain('untagInput');
  });

  it('refuses a duplicate theme name, an unknown input and an input under safeguarding review, naming the field', async () => {
    await theme(practitioner, 'Feeling safe');
    expect(await practitioner.fails(`mutation { createTheme(input: { label: "feeling SAFE" }) { id } }`)).toMatchObject({ code: 'CONFLICT', field: 'label' });
    const { answers } = await answeredSurvey(t, practitioner, ['Nobody listened at the meeting']);
    const themeId = await theme(practitioner, 'Being listened to');
    expect(await practitioner.fails(TAG, { t: themeId, i: [answers[0].inputId, '00000000-0000-4000-8000-000000000000'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputIds.1' });
    await t.staff('safeguarding@northbridge.example').then((lead) => lead.gql(`mutation($i: ID!) { flagInput(inputId: $i, note: "Check this") { id } }`, { i: answers[0].inputId }));
    expect(await practitioner.fails(TAG, { t: themeId, i: [answers[0].inputId] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputIds.0' });
    expect((await sql('select count(*)::int as n from theme_input where theme_id = ?', [themeId]))[0].n).toBe(0);
  });

  it('withholds counts by source and age band under the threshold, and enough others that none can be worked out', async () => {
    const { answers } = await answeredSurvey(t, practitioner, Array.from({ length: 12 }, (_, i) => `Waiting too long ${i}`), { ageBand: 'AGE_12_TO_17' });
    const { inputIds } = await eventContributions(practitioner, ['We waited weeks', 'Nobody rang back', 'Still waiting'], { ageBand: 'AGE_8_TO_11' });
    const themeId = await theme(practitioner, 'Waiting times', { inputIds: [...answers.map((a) => a.inputId), ...inputIds] });
    const { theme: got } = await practitioner.gql(THEME, { id: themeId });
    expect(got.inputCount).toBe(15);
    const kind = Object.fromEntries(got.countsBySource.map((c: any) => [c.kind, c]));
    expect(kind.EVENT_CONTRIBUTION).toEqual({ kind: 'EVENT_CONTRIBUTION', count: null, suppressed: true });
    expect(kind.PROPOSAL_COMMENT).toMatchObject({ count: 0, suppressed: false });
    // The total is shown, so the 3 must not be 15 minus everything shown.
    const shown = got.countsBySource.filter((c: any) => !c.suppressed).reduce((n: number, c: any) => n + c.count, 0);
    expect(got.countsBySource.filter((c: any) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(15 - shown).not.toBe(3);
    const band = Object.fromEntries(got.countsByAgeBand.map((c: any) => [c.ageBand, c]));
    expect(band.AGE_8_TO_11).toMatchObject({ count: null, suppressed: true });
    expect(band.AGE_12_TO_17.suppressed).toBe(true);
  });
});

describe('decisions', () => {
  it('records an adopted decision on its evidence, with link rows, audit rows, the proposal accepted and its forum told', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['Weekends please', 'After school is better'], { serviceId: earlyHelp });
    const themeId = await theme(practitioner, 'Weekend opening', { serviceId: earlyHelp, inputIds: [answers[0].inputId] });
    const p = await proposal(t, commissioner, 'votingClosed', { serviceId: earlyHelp, themeIds: [themeId] });
    const { recordDecision: d } = await commissioner.gql(RECORD_DECISION, {
      i: decisionInput({ themeIds: [themeId], proposalIds: [p.id], inputIds: [answers[1].inputId] }),
    });
    expect(d).toMatchObject({ outcome: 'ADOPTED', published: true });

    const links = await sql(
      `select 'theme' as kind, linked_by_id, linked_at from decision_theme where decision_id = ?
       union all select 'proposal', linked_by_id, linked_at from decision_proposal where decision_id = ?
       union all select 'input', linked_by_id, linked_at from decision_input where decision_id = ?`,
      [d.id, d.id, d.id],
    );
    const [me] = await sql('select id from account where email = ?', ['commissioner@northbridge.example']);
    expect(links.map((l) => l.kind).sort()).toEqual(['input', 'proposal', 'theme']);
    expect(links.every((l) => l.linked_by_id === me.id && l.linked_at)).toBe(true);
    expect((await audits(d.id)).map((a) => a.action)).toEqual(['recordDecision']);
    expect((await audits(p.id)).map((a) => a.action)).toContain('decideProposal');

    const { proposal: after } = await commissioner.gql(`query($id: ID!) { proposal(id: $id) { status decision { id } } }`, { id: p.id });
    expect(after).toEqual({ status: 'ACCEPTED', decision: { id: d.id } });
    const notices = await sql('select n.title, n.body from notification n join account a on a.id = n.account_id where a.forum_id = ?', [p.forumId]);
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toBe(decisionInput().youSaidWeDid);

    // Evidence: the tagged input, the cited input, and the member's vote reason on the proposal.
    const { decision } = await commissioner.gql(
      `query($id: ID!) { decision(id: $id) { service { name } themes { id } proposals { id } evidenceCount evidence(first: 10) { totalCount edges { node { id kind } } } } }`,
      { id: d.id },
    );
    expect(decision.service.name).toBe('Early Help');
    expect(decision.themes).toEqual([{ id: themeId }]);
    expect(decision.proposals).toEqual([{ id: p.id }]);
    const expected = await sql(
      `select id from voice_input where id in (?) or (proposal_id = ?)`,
      [[answers[0].inputId, answers[1].inputId], p.id],
    );
    expect(decision.evidenceCount).toBe(expected.length);
    expect(decision.evidence.totalCount).toBe(expected.length);
    expect(decision.evidence.edges.map((e: any) => e.node.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(decision.evidence.edges.map((e: any) => e.node.kind)).toContain('VOTE_REASON');
  });

  it('needs a reason that says why not for NOT_ADOPTED, and moves the proposal to NOT_ACCEPTED', async () => {
    const p = await proposal(t, commissioner, 'votingClosed', { title: 'Free bus passes for everyone' });
    const short = await commissioner.fails(RECORD_DECISION, { i: decisionInput({ outcome: 'NOT_ADOPTED', rationale: 'No money.', proposalIds: [p.id] }) });
    expect(short).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    const { recordDecision } = await commissioner.gql(RECORD_DECISION, {
      i: decisionInput({ title: 'Free bus passes', outcome: 'NOT_ADOPTED', rationale: 'The council does not run the buses; we asked the transport authority instead.', proposalIds: [p.id] }),
    });
    expect(recordDecision.outcome).toBe('NOT_ADOPTED');
    expect((await commissioner.gql(`query($id: ID!) { proposal(id: $id) { status } }`, { id: p.id })).proposal.status).toBe('NOT_ACCEPTED');
  });

  it('refuses to decide a proposal whose vote is still open, storing nothing, and leaves a deferred one as it is', async () => {
    const open = await proposal(t, commissioner, 'draft');
    await commissioner.gql(`mutation($p: ID!, $c: DateTimeISO!) { openVoting(proposalId: $p, closesAt: $c) { id } }`, { p: open.id, c: new Date(Date.now() + 86_400_000).toISOString() });
    const before = (await sql('select count(*)::int as n from decision'))[0].n;
    expect(await commissioner.fails(RECORD_DECISION, { i: decisionInput({ proposalIds: [open.id] }) })).toMatchObject({ code: 'CONFLICT', field: 'proposalIds.0' });
    expect((await sql('select count(*)::int as n from decision'))[0].n).toBe(before);

    const closed = await proposal(t, commissioner, 'votingClosed');
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ outcome: 'DEFERRED', proposalIds: [closed.id] }) });
    expect((await commissioner.gql(`query($id: ID!) { proposal(id: $id) { status } }`, { id: closed.id })).proposal.status).toBe('VOTING_CLOSED');
  });

  it('refuses practitioners, and bad fields by name', async () => {
    expect((await practitioner.fails(RECORD_DECISION, { i: decisionInput() })).code).toBe('FORBIDDEN');
    expect(await commissioner.fails(RECORD_DECISION, { i: decisionInput({ title: '  ' }) })).toMatchObject({ field: 'title' });
    expect(await commissioner.fails(RECORD_DECISION, { i: decisionInput({ decidedAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }) })).toMatchObject({ field: 'decidedAt' });
    expect(await commissioner.fails(RECORD_DECISION, { i: decisionInput({ themeIds: ['nope'] }) })).toMatchObject({ field: 'themeIds.0' });
  });
});

describe('service changes', () => {
  it('moves a change from planned to done with dated notes, and the accepted proposal to IMPLEMENTED', async () => {
    const p = await proposal(t, commissioner, 'votingClosed');
    const { recordDecision: d } = await commissioner.gql(RECORD_DECISION, { i: decisionInput({ proposalIds: [p.id] }) });
    const { recordServiceChange: c } = await commissioner.gql(RECORD_CHANGE, {
      i: { decisionId: d.id, serviceId: earlyHelp, title: 'Saturday opening', description: 'Staff the hub 10–2 on Saturdays.', status: 'PLANNED' },
    });
    expect(await commissioner.fails(UPDATE_CHANGE, { id: c.id, s: 'IN_PROGRESS', n: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    await commissioner.gql(UPDATE_CHANGE, { id: c.id, s: 'IN_PROGRESS', n: 'Recruiting two Saturday workers.' });
    expect(await commissioner.fails(UPDATE_CHANGE, { id: c.id, s: 'PLANNED', n: 'Back to the drawing board' })).toMatchObject({ code: 'CONFLICT', field: 'status' });
    const { updateServiceChange } = await commissioner.gql(UPDATE_CHANGE, { id: c.id, s: 'DONE', n: 'Open every Saturday since 6 September.' });
    expect(updateServiceChange.status).toBe('DONE');
    expect(updateServiceChange.updates.map((u: any) => [u.status, u.note])).toEqual([
      ['PLANNED', ''],
      ['IN_PROGRESS', 'Recruiting two Saturday workers.'],
      ['DONE', 'Open every Saturday since 6 September.'],
    ]);
    expect((await commissioner.gql(`query($id: ID!) { proposal(id: $id) { status } }`, { id: p.id })).proposal.status).toBe('IMPLEMENTED');
    expect((await audits(p.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['decideProposal', 'implementProposal']));
    expect((await audits(c.id)).map((a) => a.action)).toEqual(['recordServiceChange', 'updateServiceChange', 'updateServiceChange']);
    expect(await commissioner.fails(UPDATE_CHANGE, { id: c.id, s: 'DROPPED', n: 'Too late' })).toMatchObject({ code: 'CONFLICT' });
  });

  it('drops a change only with a reason, and never starts one dropped', async () => {
    const { recordDecision: d } = await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Texts before visits' }) });
    const change = { decisionId: d.id, serviceId: childProtection, title: 'Text reminders', description: 'A text the day before a visit.' };
    expect(await commissioner.fails(RECORD_CHANGE, { i: { ...change, status: 'DROPPED' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const { recordServiceChange: c } = await commissioner.gql(RECORD_CHANGE, { i: { ...change, status: 'PLANNED' } });
    expect(await commissioner.fails(UPDATE_CHANGE, { id: c.id, s: 'DROPPED', n: '' })).toMatchObject({ field: 'note' });
    const { updateServiceChange } = await commissioner.gql(UPDATE_CHANGE, { id: c.id, s: 'DROPPED', n: 'The phone system cannot send texts yet.' });
    expect(updateServiceChange.status).toBe('DROPPED');
  });
});

describe('trace', () => {
  it('follows an input through its theme, proposal and decision to the change, with who made each link', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['I want to choose where my review meeting is'], { serviceId: childProtection });
    const themeId = await theme(practitioner, 'Review meetings', { inputIds: [answers[0].inputId] });
    const p = await proposal(t, commissioner, 'votingClosed', { themeIds: [themeId], title: 'Let young people choose where their review meeting happens' });
    const { recordDecision: d } = await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Review meetings where you choose', proposalIds: [p.id] }) });
    const { recordServiceChange: c } = await commissioner.gql(RECORD_CHANGE, {
      i: { decisionId: d.id, serviceId: childProtection, title: 'Choice of venue', description: 'Ask before every review.', status: 'IN_PROGRESS' },
    });
    const { trace } = await practitioner.gql(TRACE, { id: answers[0].inputId });
    expect(trace.input).toMatchObject({ id: answers[0].inputId, text: 'I want to choose where my review meeting is', withheld: false });
    expect(trace.themes.map((x: any) => x.id)).toEqual([themeId]);
    expect(trace.proposals.map((x: any) => x.id)).toEqual([p.id]);
    expect(trace.decisions.map((x: any) => x.id)).toEqual([d.id]);
    expect(trace.changes).toEqual([{ id: c.id, title: 'Choice of venue', status: 'IN_PROGRESS' }]);
    expect(trace.links.map((l: any) => [l.kind, l.fromId, l.toId, l.by])).toEqual([
      ['TAGGED', answers[0].inputId, themeId, 'Priya Patel'],
      ['INSPIRED', themeId, p.id, 'Colin Price'],
      ['CITED', p.id, d.id, 'Colin Price'],
      ['FOLLOWED', d.id, c.id, 'Colin Price'],
    ]);
  });

  it('keeps a withheld input withheld in the trace and in the theme', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['Something I said']);
    const themeId = await theme(practitioner, 'Said once', { inputIds: [answers[0].inputId] });
    const lead = await t.staff('safeguarding@northbridge.example');
    await lead.gql(`mutation($i: ID!) { flagInput(inputId: $i, note: "Needs a look") { id } }`, { i: answers[0].inputId });
    const { trace } = await practitioner.gql(TRACE, { id: answers[0].inputId });
    expect(trace.input).toMatchObject({ text: null, withheld: true });
    const { theme: got } = await practitioner.gql(THEME, { id: themeId });
    expect(got.inputs.edges[0].node).toMatchObject({ text: null, withheld: true });
  });
});

describe('receipt', () => {
  it('tells the child where their answers went and what changed, never the words, nobody else, nor staff names', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['Please text me before you visit', 'My own secret words'], { serviceId: childProtection, title: 'How was your visit?' });
    const [mine, theirs] = answers;
    const themeId = await theme(practitioner, 'Knowing when visits are', { inputIds: [mine.inputId] });
    await theme(practitioner, 'Something else entirely', { inputIds: [theirs.inputId] });
    const { recordDecision: d } = await commissioner.gql(RECORD_DECISION, {
      i: decisionInput({ title: 'Text before every visit', themeIds: [themeId], youSaidWeDid: 'You said you wanted to know when we visit. We now text the day before.' }),
    });
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'A private board note', themeIds: [themeId], published: false }) });
    await commissioner.gql(RECORD_CHANGE, { i: { decisionId: d.id, serviceId: childProtection, title: 'Text reminders', description: 'Texts go out at 5pm.', status: 'DONE' } });

    const child = t.agent('10.9.0.1');
    const result = await child.request(RECEIPT, { c: `  ${mine.receiptCode.toUpperCase().replace(/-/g, ' ')} ` });
    expect(result.errors).toBeUndefined();
    expect(result.data.receipt).toMatchObject({
      sourceTitle: 'How was your visit?',
      themes: ['Knowing when visits are'],
      emailUpdates: false,
      outcomes: [{ title: 'Text before every visit', outcome: 'ADOPTED', youSaidWeDid: 'You said you wanted to know when we visit. We now text the day before.', changes: [{ title: 'Text reminders', status: 'DONE' }] }],
    });
    const body = JSON.stringify(result.data);
    for (const secret of [mine.text, theirs.text, 'Something else entirely', 'A private board note', 'Colin Price', 'Priya Patel', 'commissioner@']) expect(body).not.toContain(secret);
  });

  it('answers null for an unknown code and stops an IP after 20 wrong codes, without stopping others', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['Fine thanks']);
    const guesser = t.agent('10.9.9.9');
    for (let i = 0; i < 20; i++) expect((await guesser.gql(RECEIPT, { c: `otter-maple-cloud-${String(i).padStart(4, '0')}` })).receipt).toBeNull();
    expect((await guesser.fails(RECEIPT, { c: answers[0].receiptCode })).code).toBe('RATE_LIMITED');
    expect((await t.agent('10.9.9.10').gql(RECEIPT, { c: answers[0].receiptCode })).receipt.sourceTitle).toBe('How was Early Help for you?');
  });

  it('emails a parent who opted in when a decision rests on their answers, without their words, and stops when asked', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['We need help with money'], { ageBand: 'PARENT_CARER', title: 'Family hub survey' });
    const parent = t.agent('10.9.1.1');
    expect(await parent.fails(`mutation($c: String!) { followReceipt(code: $c, email: "not-an-email") }`, { c: answers[0].receiptCode })).toMatchObject({ field: 'email' });
    await parent.gql(`mutation($c: String!) { followReceipt(code: $c, email: "Parent@Example.org") }`, { c: answers[0].receiptCode });
    expect((await parent.gql(RECEIPT, { c: answers[0].receiptCode })).receipt.emailUpdates).toBe(true);
    const themeId = await theme(practitioner, 'Money worries', { inputIds: [answers[0].inputId] });
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Money advice at the hub', themeIds: [themeId], youSaidWeDid: 'You said money is hard. A money adviser now comes every Tuesday.' }) });
    const mail = outbox().filter((m) => m.to === 'parent@example.org');
    expect(mail).toHaveLength(1);
    expect(mail[0].text).toContain('A money adviser now comes every Tuesday.');
    expect(mail[0].text).toContain('Family hub survey');
    expect(mail[0].text).not.toContain('We need help with money');

    await parent.gql(`mutation($c: String!) { unfollowReceipt(code: $c) }`, { c: answers[0].receiptCode });
    expect(await sql('select * from receipt_follow where response_id = ?', [answers[0].responseId])).toEqual([]);
  });

  it('writes the email in the language of the page the parent asked from', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['Evening sessions please'], { ageBand: 'PARENT_CARER', title: 'Hub hours survey' });
    const follow = `mutation($c: String!, $e: String!) { followReceipt(code: $c, email: $e) }`;
    await t.agent('10.9.1.2').request(follow, { c: answers[0].receiptCode, e: 'urdu.parent@example.org' }, { 'accept-language': 'ur' });
    const themeId = await theme(practitioner, 'Evening opening hours', { inputIds: [answers[0].inputId] });
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Evening opening', themeIds: [themeId], youSaidWeDid: 'The hub now opens until 8pm on Thursdays.' }) });
    const [mail] = outbox().filter((m) => m.to === 'urdu.parent@example.org');
    expect(mail.subject).toBe('آپ کی بات کے بارے میں خبر');
    expect(mail.text).toContain('آپ نے کہا، ہم نے کیا: The hub now opens until 8pm on Thursdays.');
    expect(mail.text).toContain('”Hub hours survey“');
    expect(mail.text).not.toContain('You said, we did');
  });

  it('names the survey in the language of the email where the survey was translated into it', async () => {
    const { survey: s, answers } = await answeredSurvey(t, practitioner, ['Weekend sessions please'], { ageBand: 'PARENT_CARER' });
    await practitioner.gql(`mutation($s: ID!, $i: SurveyTranslationInput!) { translateSurvey(surveyId: $s, input: $i) { id } }`, { s: s.id, i: urduTranslation(s) });
    const follow = `mutation($c: String!, $e: String!) { followReceipt(code: $c, email: $e) }`;
    await t.agent('10.9.1.3').request(follow, { c: answers[0].receiptCode, e: 'urdu.parent2@example.org' }, { 'accept-language': 'ur' });
    await t.agent('10.9.1.4').request(follow, { c: answers[0].receiptCode, e: 'polish.parent@example.org' }, { 'accept-language': 'pl' });
    const themeId = await theme(practitioner, 'Sessions at weekends (translated survey)', { inputIds: [answers[0].inputId] });
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Weekend opening', themeIds: [themeId] }) });
    // One address per receipt: the Polish request replaced the Urdu one.
    expect(outbox().filter((m) => m.to === 'urdu.parent2@example.org')).toEqual([]);
    const [polish] = outbox().filter((m) => m.to === 'polish.parent@example.org');
    expect(polish.text).toContain('How was Early Help for you?'); // no Polish translation: the survey's own title
    await t.agent('10.9.1.5').request(follow, { c: answers[0].receiptCode, e: 'urdu.parent2@example.org' }, { 'accept-language': 'ur' });
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Weekend opening, part two', themeIds: [themeId] }) });
    const [urdu] = outbox().filter((m) => m.to === 'urdu.parent2@example.org');
    expect(urdu.text).toContain('ارلی ہیلپ آپ کے لیے کیسا تھا؟');
    expect(urdu.text).not.toContain('How was Early Help for you?');
  });
});

describe('you said, we did', () => {
  it('shows anyone the published decisions about a service, and never the evidence', async () => {
    const missing = await serviceId(commissioner, 'Missing from Home');
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Return talks within 72 hours', serviceId: missing }) });
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Not yet public', serviceId: missing, published: false }) });
    const anyone = t.agent();
    const { youSaidWeDid } = await anyone.gql(`query($s: ID!) { youSaidWeDid(serviceId: $s) { title youSaidWeDid outcome changes { title status } } }`, { s: missing });
    expect(youSaidWeDid.map((d: any) => d.title)).toEqual(['Return talks within 72 hours']);
    expect((await anyone.fails(`query($s: ID!) { youSaidWeDid(serviceId: $s) { evidence { totalCount } } }`, { s: missing })).code).toBe('UNAUTHENTICATED');
    expect((await anyone.gql(`query($s: ID!) { publicService(id: $s) { name } }`, { s: missing })).publicService.name).toBe('Missing from Home');
  });

  it('shows the public no count of the voices a decision rests on; staff see the exact count', async () => {
    const sid = await freshService(t, 'Care Leavers');
    const { answers } = await answeredSurvey(t, practitioner, ['Help with rent', 'A flat near college', 'Someone to call'], { serviceId: sid });
    const themeId = await theme(practitioner, 'Housing help', { serviceId: sid, inputIds: answers.map((a) => a.inputId) });
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Rent guarantor scheme', themeIds: [themeId], serviceId: sid }) });
    const q = `query($s: ID!) { youSaidWeDid(serviceId: $s) { evidenceCount themes { inputCount } } }`;
    expect((await t.agent().fails(q, { s: sid })).code).toBe('UNAUTHENTICATED');
    const { youSaidWeDid: seen } = await t.agent().gql(`query($s: ID!) { youSaidWeDid(serviceId: $s) { title themes { label } } }`, { s: sid });
    expect(seen).toEqual([{ title: 'Rent guarantor scheme', themes: [{ label: 'Housing help' }] }]);
    const { youSaidWeDid: staffSees } = await commissioner.gql(q, { s: sid });
    expect(staffSees).toEqual([{ evidenceCount: 3, themes: [{ inputCount: 3 }] }]);
  });
});

describe('influence and representation', () => {
  it('reports inputs, inputs a decision rests on, decisions, the median days to feedback and changes done, as direct SQL counts them', async () => {
    const schools = await freshService(t, 'Virtual School');
    const { answers } = await answeredSurvey(t, practitioner, Array.from({ length: 12 }, (_, i) => `School voice ${i}`), { serviceId: schools });
    await answeredSurvey(t, practitioner, ['Not linked to anything'], { serviceId: schools });
    const themeId = await theme(practitioner, 'School lunches', { serviceId: schools, inputIds: answers.map((a) => a.inputId) });
    const { recordDecision: d } = await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Better lunches', themeIds: [themeId], serviceId: schools }) });
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'Without voices', serviceId: schools }) });
    await commissioner.gql(RECORD_CHANGE, { i: { decisionId: d.id, serviceId: schools, title: 'New menu', description: 'Hot meals.', status: 'DONE' } });
    const { influence } = await commissioner.gql(
      `query($s: ID) { influence(serviceId: $s) { inputs inputsLinkedToDecision decisions decisionsCitingVoices medianDaysToFeedback changesDone months { inputs linked suppressed } } }`,
      { s: schools },
    );
    const [inputs] = await sql(`select count(*)::int as n from voice_input where service_id = ? and created_at > now() - interval '365 days'`, [schools]);
    const [linked] = await sql(
      `select count(*)::int as n, percentile_cont(0.5) within group (order by greatest(0, extract(epoch from greatest(d.decided_at, ti.tagged_at) - v.created_at) / 86400)) as median
         from voice_input v join theme_input ti on ti.input_id = v.id join decision_theme dt on dt.theme_id = ti.theme_id join decision d on d.id = dt.decision_id
        where v.service_id = ?`,
      [schools],
    );
    // Counts of people are rounded to 5; decisions and changes are exact.
    expect(influence).toMatchObject({ inputs: roundCount(inputs.n), inputsLinkedToDecision: roundCount(linked.n), decisions: 2, decisionsCitingVoices: 1, changesDone: 1 });
    expect(influence.inputs).toBe(15);
    expect(influence.inputsLinkedToDecision).toBe(10);
    expect(influence.medianDaysToFeedback).toBeCloseTo(Math.round(linked.median * 10) / 10, 1);
    expect(influence.months).toEqual([{ inputs: 15, linked: 10, suppressed: false }]);

    const { influence: all } = await commissioner.gql(`{ influence { inputs } }`);
    const byMonth = await sql(`select count(*)::int as n from voice_input v join organisation o on o.id = v.organisation_id where o.name like 'Northbridge%' and v.created_at >= date_trunc('month', now()) - interval '11 months' group by date_trunc('month', v.created_at)`);
    expect(all.inputs).toBe(byMonth.reduce((n, m) => n + roundCount(m.n), 0)); // each month rounded, then added
  });

  it('never shows a small service’s inputs exactly, nor lets two overlapping periods subtract to a few days', async () => {
    const sid = await freshService(t, 'Young Carers');
    await answeredSurvey(t, practitioner, ['One', 'Two', 'Three', 'Four'], { serviceId: sid });
    const { influence } = await commissioner.gql(`query($s: ID) { influence(serviceId: $s) { inputs months { inputs suppressed } } }`, { s: sid });
    expect(influence.inputs).toBe(5); // 4, rounded
    expect(influence.months).toEqual([{ inputs: 5, suppressed: false }]);
    // Periods are whole months: a window starting mid-month counts the same as one from the 1st.
    const now = new Date();
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
    const later = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) + 3600_000).toISOString();
    const R = `query($s: ID!, $f: DateTimeISO) { representation(serviceId: $s, from: $f) { ageBand heard suppressed } }`;
    expect((await practitioner.gql(R, { s: sid, f: later })).representation).toEqual((await practitioner.gql(R, { s: sid, f: first })).representation);
    const { influence: snapped } = await commissioner.gql(`query($s: ID, $f: DateTimeISO) { influence(serviceId: $s, from: $f) { from } }`, { s: sid, f: later });
    expect(snapped.from).toBe(first);
  });

  it('withholds the median when fewer inputs than the threshold had feedback', async () => {
    const sid = await freshService(t, 'Short Breaks');
    const { answers } = await answeredSurvey(t, practitioner, ['One', 'Two'], { serviceId: sid });
    const themeId = await theme(practitioner, 'Short break days', { inputIds: answers.map((a) => a.inputId) });
    await commissioner.gql(RECORD_DECISION, { i: decisionInput({ themeIds: [themeId], serviceId: sid }) });
    const { influence } = await commissioner.gql(`query($s: ID) { influence(serviceId: $s) { inputsLinkedToDecision medianDaysToFeedback months { inputs linked suppressed } } }`, { s: sid });
    // 2 and 2, each shown as 5 (which stands for 1 to 7); the median of so few is withheld.
    expect(influence).toEqual({ inputsLinkedToDecision: 5, medianDaysToFeedback: null, months: [{ inputs: 5, linked: 5, suppressed: false }] });
  });

  it('sets a service cohort and shows who was heard beside it, suppressing small numbers', async () => {
    const sid = await freshService(t, 'Youth Justice');
    await answeredSurvey(t, practitioner, Array.from({ length: 11 }, (_, i) => `Teen ${i}`), { serviceId: sid, ageBand: 'AGE_12_TO_17' });
    await answeredSurvey(t, practitioner, ['Little one'], { serviceId: sid, ageBand: 'AGE_4_TO_7' });
    await eventContributions(practitioner, ['Group said more youth workers'], { serviceId: sid, ageBand: 'AGE_12_TO_17' });
    const SET = `mutation($s: ID!, $c: [AgeBandCountInput!]!) { setCohort(serviceId: $s, counts: $c) { id } }`;
    expect(await commissioner.fails(SET, { s: sid, c: [{ ageBand: 'AGE_4_TO_7', count: 1 }, { ageBand: 'AGE_4_TO_7', count: 2 }] })).toMatchObject({ field: 'counts.1.ageBand' });
    expect(await commissioner.fails(SET, { s: sid, c: [{ ageBand: 'AGE_4_TO_7', count: -1 }] })).toMatchObject({ code: 'BAD_USER_INPUT' });
    await commissioner.gql(SET, { s: sid, c: [{ ageBand: 'AGE_4_TO_7', count: 40 }, { ageBand: 'AGE_18_TO_25', count: 9 }] });
    await commissioner.gql(SET, { s: sid, c: [{ ageBand: 'AGE_4_TO_7', count: 50 }, { ageBand: 'AGE_12_TO_17', count: 400 }] });
    expect((await audits(sid)).filter((a) => a.action === 'setCohort')).toHaveLength(2);

    const { representation } = await practitioner.gql(`query($s: ID!) { representation(serviceId: $s) { ageBand heard suppressed cohort } }`, { s: sid });
    const direct = await sql(
      `select age_band, count(*)::int as n from (
         select r.age_band from survey_response r join survey s on s.id = r.survey_id where s.service_id = ?
         union all select age_band from voice_input where service_id = ? and kind = 'EVENT_CONTRIBUTION') x group by age_band`,
      [sid, sid],
    );
    expect(direct.find((r) => r.age_band === 'AGE_12_TO_17').n).toBe(12);
    const by = Object.fromEntries(representation.map((r: any) => [r.ageBand, r]));
    expect(by.AGE_12_TO_17).toEqual({ ageBand: 'AGE_12_TO_17', heard: 10, suppressed: false, cohort: 400 }); // 12, rounded
    expect(by.AGE_4_TO_7).toEqual({ ageBand: 'AGE_4_TO_7', heard: 5, suppressed: false, cohort: 50 }); // 1, shown as 5 (1 to 7)
    expect(by.AGE_8_TO_11).toEqual({ ageBand: 'AGE_8_TO_11', heard: 0, suppressed: false, cohort: null });
    expect(by.AGE_18_TO_25.cohort).toBeNull();
  });
});

describe('tenancy: another organisation never sees or changes the evidence chain', () => {
  let north: { themeId: string; inputId: string; decisionId: string; changeId: string; proposalId: string };
  beforeAll(async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['North only words'], { serviceId: earlyHelp });
    const themeId = await theme(practitioner, 'North only theme', { inputIds: [answers[0].inputId] });
    const p = await proposal(t, commissioner, 'votingClosed');
    const { recordDecision: d } = await commissioner.gql(RECORD_DECISION, { i: decisionInput({ title: 'North only decision', themeIds: [themeId] }) });
    const { recordServiceChange: c } = await commissioner.gql(RECORD_CHANGE, { i: { decisionId: d.id, serviceId: earlyHelp, title: 'North change', description: 'x', status: 'PLANNED' } });
    north = { themeId, inputId: answers[0].inputId, decisionId: d.id, changeId: c.id, proposalId: p.id };
  });

  it('lists and finds only its own themes and decisions', async () => {
    const { themes, decisions } = await south.gql(`{ themes { label } decisions { title } }`);
    expect(themes.map((x: any) => x.label)).not.toContain('North only theme');
    expect(decisions.map((x: any) => x.title)).not.toContain('North only decision');
    expect((await south.gql(`query($id: ID!) { theme(id: $id) { id } }`, { id: north.themeId })).theme).toBeNull();
    expect((await south.gql(`query($id: ID!) { decision(id: $id) { id } }`, { id: north.decisionId })).decision).toBeNull();
    expect((await south.gql(`query($s: ID) { themes(serviceId: $s) { id } }`, { s: earlyHelp })).themes).toEqual([]);
    expect((await south.gql(`query($s: ID) { decisions(serviceId: $s) { id } }`, { s: earlyHelp })).decisions).toEqual([]);
  });

  it('cannot tag, untag, trace or create themes with another organisation’s records', async () => {
    const southInput = (await answeredSurvey(t, south, ['South words'])).answers[0].inputId;
    const southTheme = await theme(south, 'South theme');
    expect((await south.fails(TAG, { t: north.themeId, i: [southInput] })).code).toBe('NOT_FOUND');
    expect(await south.fails(TAG, { t: southTheme, i: [north.inputId] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputIds.0' });
    expect((await south.fails(UNTAG, { t: north.themeId, i: north.inputId })).code).toBe('NOT_FOUND');
    expect((await south.fails(TRACE, { id: north.inputId })).code).toBe('NOT_FOUND');
    expect(await south.fails(`mutation($s: ID) { createTheme(input: { label: "Borrowed", serviceId: $s }) { id } }`, { s: earlyHelp })).toMatchObject({ field: 'serviceId' });
    expect((await sql('select count(*)::int as n from theme_input where theme_id = ?', [north.themeId]))[0].n).toBe(1);
  });

  it('cannot cite, change or update another organisation’s records', async () => {
    expect(await south.fails(RECORD_DECISION, { i: decisionInput({ themeIds: [north.themeId] }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'themeIds.0' });
    expect(await south.fails(RECORD_DECISION, { i: decisionInput({ proposalIds: [north.proposalId] }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalIds.0' });
    expect(await south.fails(RECORD_DECISION, { i: decisionInput({ inputIds: [north.inputId] }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputIds.0' });
    expect(await south.fails(RECORD_DECISION, { i: decisionInput({ serviceId: earlyHelp }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    expect((await south.fails(RECORD_CHANGE, { i: { decisionId: north.decisionId, serviceId: earlyHelp, title: 'x', description: 'x', status: 'PLANNED' } })).code).toBe('NOT_FOUND');
    const { recordDecision: own } = await south.gql(RECORD_DECISION, { i: decisionInput({ title: 'South decision' }) });
    expect(await south.fails(RECORD_CHANGE, { i: { decisionId: own.id, serviceId: earlyHelp, title: 'x', description: 'x', status: 'PLANNED' } })).toMatchObject({ field: 'serviceId' });
    expect((await south.fails(UPDATE_CHANGE, { id: north.changeId, s: 'DONE', n: 'Hijack' })).code).toBe('NOT_FOUND');
    const [{ status }] = await sql('select status from service_change where id = ?', [north.changeId]);
    expect(status).toBe('PLANNED');
    expect((await sql('select count(*)::int as n from decision_theme where theme_id = ?', [north.themeId]))[0].n).toBe(1);
  });

  it('cannot read influence, the flow or representation, or set the cohort, of another organisation’s service', async () => {
    expect(await south.fails(`query($s: ID) { influence(serviceId: $s) { inputs } }`, { s: earlyHelp })).toMatchObject({ field: 'serviceId' });
    expect(await south.fails(`query($s: ID) { traceFlow(serviceId: $s) { nodes { id } } }`, { s: earlyHelp })).toMatchObject({ field: 'serviceId' });
    expect(await south.fails(`query($s: ID!) { representation(serviceId: $s) { heard } }`, { s: earlyHelp })).toMatchObject({ field: 'serviceId' });
    expect(await south.fails(`mutation($s: ID!) { setCohort(serviceId: $s, counts: [{ ageBand: AGE_4_TO_7, count: 1 }]) { id } }`, { s: earlyHelp })).toMatchObject({ field: 'serviceId' });
    const { influence } = await south.gql(`{ influence { inputs } }`);
    const own = await sql(`select count(*)::int as n from voice_input v join organisation o on o.id = v.organisation_id where o.name = 'Southmoor Council' and v.created_at >= date_trunc('month', now()) - interval '11 months' group by date_trunc('month', v.created_at)`);
    expect(influence.inputs).toBe(own.reduce((n, m) => n + roundCount(m.n), 0));
  });

  it('shows a receipt holder only their own organisation’s published decisions', async () => {
    const { answers } = await answeredSurvey(t, south, ['South child words']);
    const { receipt } = await t.agent('10.9.3.3').gql(RECEIPT, { c: answers[0].receiptCode });
    expect(receipt.outcomes).toEqual([]);
    expect(JSON.stringify(receipt)).not.toContain('North');
  });
});

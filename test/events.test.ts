import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, type Equation } from './support/attacker.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { releaseWordsAtOnce, submissionId } from './support/factories.js';

let t: TestApp;
let practitioner: Agent;
let commissioner: Agent;
let admin: Agent;
let safeguardingLead: Agent;
let south: Agent;
let services: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  // Words reach commissioners, forums and the public here as soon as they are stored (review: test/safeguarding/review.test.ts).
  await releaseWordsAtOnce(t);
  [practitioner, commissioner, admin, safeguardingLead, south] = await Promise.all([
    t.staff('practitioner@northbridge.example'),
    t.staff('commissioner@northbridge.example'),
    t.staff('admin@northbridge.example'),
    t.staff('safeguarding@northbridge.example'),
    t.staff('practitioner@southmoor.example'),
  ]);
  const { services: list } = await practitioner.gql(`{ services { id name } }`);
  services = Object.fromEntries(list.map((s: { id: string; name: string }) => [s.name, s.id]));
});
afterAll(() => t.close());

const sql = async (query: string, params: unknown[] = []) => t.orm.em.fork().getConnection().execute(query, params);
const count = async (table: string, where = 'true', params: unknown[] = []) =>
  (await sql(`select count(*)::int as n from ${table} where ${where}`, params))[0].n as number;

const DISCLOSURE = 'the session was fun but my mums boyfriend hits me when shes at work and i dont want to go home';

const EVENT_FIELDS = `id title kind status startsAt endsAt venue questions feedbackCode report whatWeHeard totalAttendance
  service { id name } attendance { ageBand count }`;
const CREATE = `mutation($i: CreateEventInput!) { createEvent(input: $i) { ${EVENT_FIELDS} } }`;
const ATTEND = `mutation($e: ID!, $a: [AttendanceInput!]!) { recordAttendance(eventId: $e, attendance: $a) { id status totalAttendance attendance { ageBand count } } }`;
const CONTRIBUTE = `mutation($i: ContributionInput!) { recordContribution(input: $i) {
  id kind text withheld ageBand channel capture sourceTitle speakerLabel consentToQuote } }`;
const CLOSE = `mutation($e: ID!, $r: String!, $w: String!) { closeEvent(eventId: $e, report: $r, whatWeHeard: $w) { id status report whatWeHeard } }`;
const FEEDBACK = `query($c: String!) { eventFeedback(code: $c) { title kind startsAt venue serviceName whatWeHeard quotes { text capture ageBand } } }`;

type EventState = 'planned' | 'held' | 'closed';

/** An event in a named state, made through the API as a practitioner would. */
async function event(state: EventState = 'planned', overrides: Record<string, unknown> = {}, by: Agent = practitioner) {
  const { createEvent } = await by.gql(CREATE, {
    i: {
      title: 'Year 9 session at Northbridge Academy',
      kind: 'SCHOOL_SESSION',
      serviceId: services.Schools,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      venue: 'Northbridge Academy, room 4',
      questions: ['What makes school feel safe?', 'Who would you talk to?'],
      ...overrides,
    },
  });
  if (state !== 'planned') await by.gql(ATTEND, { e: createEvent.id, a: [{ ageBand: 'AGE_12_TO_17', count: 14 }] });
  if (state === 'closed') await by.gql(CLOSE, { e: createEvent.id, r: 'Internal: went well.', w: 'You told us the library is the safest place.' });
  return createEvent as { id: string; title: string; feedbackCode: string; service: { id: string } };
}

function contribution(eventId: string, overrides: Record<string, unknown> = {}) {
  return {
    eventId,
    clientSubmissionId: submissionId(),
    text: 'The library at lunch is where I feel safe',
    capture: 'OWN_WORDS',
    ageBand: 'AGE_12_TO_17',
    speakerLabel: 'group of 4 Year 9s',
    consentToQuote: true,
    ...overrides,
  };
}

const auditRows = (action: string, targetId: string) => count('audit_entry', 'action = ? and target_id = ?', [action, targetId]);

describe('planning an event', () => {
  it('creates a PLANNED event with its questions, service and a feedback code, and audits it', async () => {
    const e = await event();
    expect(e).toMatchObject({
      title: 'Year 9 session at Northbridge Academy',
      kind: 'SCHOOL_SESSION',
      status: 'PLANNED',
      venue: 'Northbridge Academy, room 4',
      questions: ['What makes school feel safe?', 'Who would you talk to?'],
      service: { id: services.Schools, name: 'Schools' },
      attendance: [],
      totalAttendance: 0,
      report: null,
      whatWeHeard: null,
    });
    expect(e.feedbackCode).toMatch(/^[0-9A-Z]{8}$/);
    expect(await auditRows('createEvent', e.id)).toBe(1);
  });

  it('lists events soonest first, per service, for every consultation role', async () => {
    const early = await event('planned', { title: 'Family hub drop-in', kind: 'DROP_IN', serviceId: services['Early Help'], startsAt: '2031-03-01T10:00:00.000Z' });
    const school = await event('planned', { startsAt: '2031-02-01T10:00:00.000Z' });
    for (const who of [practitioner, commissioner, admin]) {
      const { events } = await who.gql(`query($s: ID) { events(serviceId: $s) { id service { name } } }`, { s: services['Early Help'] });
      expect(events.map((x: { id: string }) => x.id)).toContain(early.id);
      expect(events.map((x: { id: string }) => x.id)).not.toContain(school.id);
      expect(events.every((x: { service: { name: string } }) => x.service.name === 'Early Help')).toBe(true);
    }
    const { events: all } = await practitioner.gql(`{ events { id startsAt } }`);
    const times = all.map((x: { startsAt: string }) => x.startsAt);
    expect(times).toEqual([...times].sort());
  });

  it('accepts an event without a service, venue or questions', async () => {
    const { createEvent } = await practitioner.gql(CREATE, { i: { title: 'Home visit', kind: 'HOME_VISIT', startsAt: '2030-05-01T09:00:00.000Z' } });
    expect(createEvent).toMatchObject({ service: null, venue: null, questions: [], endsAt: null });
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an empty title', { title: '' }, 'title'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
    ['an end before the start', { startsAt: '2030-05-01T10:00:00.000Z', endsAt: '2030-05-01T09:00:00.000Z' }, 'endsAt'],
    ['a venue over 200 characters', { venue: 'x'.repeat(201) }, 'venue'],
    ['a blank question', { questions: ['ok', '  '] }, 'questions.1'],
    ['too many questions', { questions: Array.from({ length: 21 }, (_, i) => `Q${i}`) }, 'questions'],
    ['a service of another organisation', { serviceId: 'SOUTH' }, 'serviceId'],
  ];
  for (const [name, overrides, field] of bad) {
    it(`refuses ${name}, naming the field, and stores nothing`, async () => {
      const before = await count('consultation_event');
      if (overrides.serviceId === 'SOUTH') overrides.serviceId = (await south.gql(`{ services { id } }`)).services[0].id;
      const res = await practitioner.fails(CREATE, {
        i: { title: 'T', kind: 'OTHER', startsAt: '2030-05-01T10:00:00.000Z', ...overrides },
      });
      expect(res).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('consultation_event')).toBe(before);
    });
  }
});

describe('attendance', () => {
  it('records counts per age band, moves PLANNED to HELD, and audits it', async () => {
    const e = await event();
    const { recordAttendance } = await practitioner.gql(ATTEND, {
      e: e.id,
      a: [
        { ageBand: 'AGE_12_TO_17', count: 14 },
        { ageBand: 'AGE_8_TO_11', count: 3 },
      ],
    });
    expect(recordAttendance).toMatchObject({
      status: 'HELD',
      totalAttendance: 17,
      attendance: [
        { ageBand: 'AGE_8_TO_11', count: 3 },
        { ageBand: 'AGE_12_TO_17', count: 14 },
      ],
    });
    expect(await auditRows('recordAttendance', e.id)).toBe(1);
  });

  it('replaces the bands given, keeps the others, and drops a band set to 0', async () => {
    const e = await event('held');
    await practitioner.gql(ATTEND, { e: e.id, a: [{ ageBand: 'PARENT_CARER', count: 5 }] });
    const { recordAttendance } = await practitioner.gql(ATTEND, { e: e.id, a: [{ ageBand: 'AGE_12_TO_17', count: 0 }, { ageBand: 'PARENT_CARER', count: 6 }] });
    expect(recordAttendance.attendance).toEqual([{ ageBand: 'PARENT_CARER', count: 6 }]);
  });

  const bad: Array<[string, unknown[], string]> = [
    ['a negative count', [{ ageBand: 'AGE_12_TO_17', count: -1 }], 'attendance.0.count'],
    ['an absurd count', [{ ageBand: 'AGE_8_TO_11', count: 3 }, { ageBand: 'AGE_12_TO_17', count: 10_001 }], 'attendance.1.count'],
    ['the same band twice', [{ ageBand: 'AGE_12_TO_17', count: 1 }, { ageBand: 'AGE_12_TO_17', count: 2 }], 'attendance.1.ageBand'],
    ['an empty list', [], 'attendance'],
  ];
  for (const [name, attendance, field] of bad) {
    it(`refuses ${name}, naming the field, and changes nothing`, async () => {
      const e = await event();
      expect(await practitioner.fails(ATTEND, { e: e.id, a: attendance })).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const { event: after } = await practitioner.gql(`query($id: ID!) { event(id: $id) { status attendance { count } } }`, { id: e.id });
      expect(after).toEqual({ status: 'PLANNED', attendance: [] });
      expect(await auditRows('recordAttendance', e.id)).toBe(0);
    });
  }

  it('accepts 10 000 in a band', async () => {
    const e = await event();
    expect((await practitioner.gql(ATTEND, { e: e.id, a: [{ ageBand: 'NOT_SAID', count: 10_000 }] })).recordAttendance.totalAttendance).toBe(10_000);
  });

  it('refuses attendance on a closed event with CONFLICT', async () => {
    const e = await event('closed');
    expect(await practitioner.fails(ATTEND, { e: e.id, a: [{ ageBand: 'AGE_12_TO_17', count: 20 }] })).toMatchObject({ code: 'CONFLICT', field: 'eventId' });
  });
});

describe('recording contributions', () => {
  it('stores a contribution as an EVENT voice input entered by the practitioner, moves PLANNED to HELD, and audits it', async () => {
    const e = await event();
    const { recordContribution: v } = await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { capture: 'SCRIBED' }) });
    expect(v).toMatchObject({
      kind: 'EVENT_CONTRIBUTION',
      text: 'The library at lunch is where I feel safe',
      withheld: false,
      ageBand: 'AGE_12_TO_17',
      channel: 'EVENT',
      capture: 'SCRIBED',
      sourceTitle: 'Year 9 session at Northbridge Academy',
      speakerLabel: 'group of 4 Year 9s',
      consentToQuote: true,
    });
    const [row] = await sql(
      `select v.event_id, v.service_id, a.email from voice_input v join account a on a.id = v.entered_by_id where v.id = ?`,
      [v.id],
    );
    expect(row).toEqual({ event_id: e.id, service_id: services.Schools, email: 'practitioner@northbridge.example' });
    expect((await practitioner.gql(`query($id: ID!) { event(id: $id) { status } }`, { id: e.id })).event.status).toBe('HELD');
    expect(await auditRows('recordContribution', v.id)).toBe(1);
  });

  it('shows contributions on the event (newest first, paged) and in inputs, filterable by event', async () => {
    const e = await event('held');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { text: `Point ${i}` }) })).recordContribution.id);
    const { event: got } = await commissioner.gql(
      `query($id: ID!) { event(id: $id) { contributions(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id text } } } } }`,
      { id: e.id },
    );
    expect(got.contributions.totalCount).toBe(3);
    expect(got.contributions.edges.map((x: any) => x.node.id)).toEqual([ids[2], ids[1]]);
    const { event: next } = await commissioner.gql(`query($id: ID!, $a: String) { event(id: $id) { contributions(first: 2, after: $a) { pageInfo { hasNextPage } edges { node { id } } } } }`, {
      id: e.id,
      a: got.contributions.pageInfo.endCursor,
    });
    expect(next.contributions.edges.map((x: any) => x.node.id)).toEqual([ids[0]]);
    const { inputs } = await commissioner.gql(`query($e: ID!) { inputs(filter: { eventId: $e, kind: EVENT_CONTRIBUTION }) { totalCount edges { node { id sourceTitle } } } }`, { e: e.id });
    expect(inputs.totalCount).toBe(3);
  });

  it('stores one contribution when the same submission arrives twice at once, and again later', async () => {
    const e = await event();
    const input = contribution(e.id);
    const before = await count('voice_input');
    const [a, b] = await Promise.all([practitioner.gql(CONTRIBUTE, { i: input }), practitioner.gql(CONTRIBUTE, { i: input })]);
    const c = await practitioner.gql(CONTRIBUTE, { i: input });
    expect(await count('voice_input')).toBe(before + 1);
    expect(new Set([a, b, c].map((r) => r.recordContribution.id)).size).toBe(1);
    expect(await auditRows('recordContribution', a.recordContribution.id)).toBe(1);
  });

  it('stores one of each when many different contributions arrive at once', async () => {
    const e = await event();
    const inputs = Array.from({ length: 8 }, (_, i) => contribution(e.id, { text: `Said at once ${i}` }));
    await Promise.all(inputs.map((i) => practitioner.gql(CONTRIBUTE, { i })));
    expect(await count('voice_input', 'event_id = ?', [e.id])).toBe(8);
  });

  it('answers CONFLICT when a different payload arrives under the same submission id, storing nothing new', async () => {
    const e = await event();
    const input = contribution(e.id);
    await practitioner.gql(CONTRIBUTE, { i: input });
    const before = await count('voice_input');
    expect(await practitioner.fails(CONTRIBUTE, { i: { ...input, text: 'Something else' } })).toMatchObject({ code: 'CONFLICT', field: 'clientSubmissionId' });
    expect(await practitioner.fails(CONTRIBUTE, { i: { ...input, consentToQuote: false } })).toMatchObject({ code: 'CONFLICT' });
    const other = await event();
    expect(await practitioner.fails(CONTRIBUTE, { i: { ...input, eventId: other.id } })).toMatchObject({ code: 'CONFLICT' });
    expect(await count('voice_input')).toBe(before);
  });

  it('treats the same submission id in another organisation as its own', async () => {
    const id = submissionId();
    const north = await event();
    const southEvent = await event('planned', { serviceId: null }, south);
    const a = await practitioner.gql(CONTRIBUTE, { i: contribution(north.id, { clientSubmissionId: id }) });
    const b = await south.gql(CONTRIBUTE, { i: contribution(southEvent.id, { clientSubmissionId: id }) });
    expect(a.recordContribution.id).not.toBe(b.recordContribution.id);
  });

  describe('refuses bad input, naming the field, and stores nothing', () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['empty text', { text: '' }, 'BAD_USER_INPUT', 'text'],
      ['blank text', { text: ' \n ' }, 'BAD_USER_INPUT', 'text'],
      ['text over 5000 characters', { text: 'x'.repeat(5001) }, 'BAD_USER_INPUT', 'text'],
      ['a speaker label over 100 characters', { speakerLabel: 'x'.repeat(101) }, 'BAD_USER_INPUT', 'speakerLabel'],
      ['a read-to-them capture', { capture: 'READ_TO_THEM' }, 'BAD_USER_INPUT', 'capture'],
      ['a malformed submission id', { clientSubmissionId: 'x' }, 'BAD_USER_INPUT', 'clientSubmissionId'],
      ['an unknown event', { eventId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ''],
      ['a malformed event id', { eventId: 'not-an-id' }, 'NOT_FOUND', ''],
    ];
    for (const [name, overrides, code, field] of cases) {
      it(`refuses ${name}`, async () => {
        const e = await event();
        const before = await Promise.all([count('voice_input'), count('safeguarding_concern'), count('audit_entry')]);
        const res = await practitioner.fails(CONTRIBUTE, { i: contribution(e.id, overrides) });
        expect(res.code).toBe(code);
        if (field) expect(res.field).toBe(field);
        expect(await Promise.all([count('voice_input'), count('safeguarding_concern'), count('audit_entry')])).toEqual(before);
        expect((await practitioner.gql(`query($id: ID!) { event(id: $id) { status } }`, { id: e.id })).event.status).toBe('PLANNED');
      });
    }

    it('accepts exactly 5000 characters and a 100-character label', async () => {
      const e = await event();
      const { recordContribution } = await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { text: 'y'.repeat(5000), speakerLabel: 'z'.repeat(100) }) });
      expect(recordContribution.text).toHaveLength(5000);
    });

    it('refuses recording on a closed event with CONFLICT, but still answers a retry of what was stored before', async () => {
      const e = await event('held');
      const earlier = contribution(e.id);
      const { recordContribution: stored } = await practitioner.gql(CONTRIBUTE, { i: earlier });
      await practitioner.gql(CLOSE, { e: e.id, r: 'Report', w: 'What we heard' });
      const before = await count('voice_input');
      expect(await practitioner.fails(CONTRIBUTE, { i: contribution(e.id) })).toMatchObject({ code: 'CONFLICT', field: 'eventId' });
      expect(await count('voice_input')).toBe(before);
      expect((await practitioner.gql(CONTRIBUTE, { i: earlier })).recordContribution.id).toBe(stored.id);
    });
  });
});

describe('safeguarding', () => {
  it('raises a concern for a disclosure in the same transaction and withholds it in contributions and inputs', async () => {
    const e = await event('held');
    const before = await count('safeguarding_concern');
    const { recordContribution: v } = await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { text: DISCLOSURE, capture: 'SCRIBED' }) });
    expect(v).toMatchObject({ withheld: true, text: null, speakerLabel: null });
    const concerns = await sql(`select status, raised_by from safeguarding_concern where input_id = ?`, [v.id]);
    expect(concerns).toEqual([{ status: 'OPEN', raised_by: 'SCREENING' }]);
    expect(await count('safeguarding_concern')).toBe(before + 1);

    const { event: got } = await commissioner.gql(`query($id: ID!) { event(id: $id) { contributions { edges { node { id text withheld } } } quality { contributions } } }`, { id: e.id });
    expect(got.contributions.edges.map((x: any) => x.node)).toEqual([{ id: v.id, text: null, withheld: true }]);
    // A disclosure never goes into a chart.
    expect(got.quality.contributions).toBe(0);
    const { inputs } = await admin.gql(`query($e: ID!) { inputs(filter: { eventId: $e }) { edges { node { id text withheld } } } }`, { e: e.id });
    expect(inputs.edges.map((x: any) => x.node)).toEqual([{ id: v.id, text: null, withheld: true }]);
    // Nor is it searchable.
    const { inputs: found } = await admin.gql(`{ inputs(filter: { search: "boyfriend" }) { totalCount } }`);
    expect(found.totalCount).toBe(0);
  });

  it('a retry of a disclosure raises no second concern', async () => {
    const e = await event('held');
    const input = contribution(e.id, { text: DISCLOSURE });
    const { recordContribution: v } = await practitioner.gql(CONTRIBUTE, { i: input });
    await practitioner.gql(CONTRIBUTE, { i: input });
    expect(await count('safeguarding_concern', 'input_id = ?', [v.id])).toBe(1);
  });
});

describe('closing and the public "what we heard" page', () => {
  it('closes a held event with a report and what we heard, and audits it', async () => {
    const e = await event('held');
    const { closeEvent } = await practitioner.gql(CLOSE, { e: e.id, r: '  Internal report  ', w: 'You told us lunchtimes are too short.' });
    expect(closeEvent).toEqual({ id: e.id, status: 'CLOSED', report: 'Internal report', whatWeHeard: 'You told us lunchtimes are too short.' });
    expect(await auditRows('closeEvent', e.id)).toBe(1);
  });

  const bad: Array<[string, { r: string; w: string }, string]> = [
    ['without a report', { r: '', w: 'What we heard' }, 'report'],
    ['with a blank report', { r: '   ', w: 'What we heard' }, 'report'],
    ['without what we heard', { r: 'Report', w: '' }, 'whatWeHeard'],
    ['with what we heard over 5000 characters', { r: 'Report', w: 'x'.repeat(5001) }, 'whatWeHeard'],
  ];
  for (const [name, args, field] of bad) {
    it(`refuses to close ${name}, and changes nothing`, async () => {
      const e = await event('held');
      expect(await practitioner.fails(CLOSE, { e: e.id, ...args })).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const { event: after } = await practitioner.gql(`query($id: ID!) { event(id: $id) { status report whatWeHeard } }`, { id: e.id });
      expect(after).toEqual({ status: 'HELD', report: null, whatWeHeard: null });
      expect(await auditRows('closeEvent', e.id)).toBe(0);
    });
  }

  it('refuses to close an event twice, or one where nothing was recorded', async () => {
    const closed = await event('closed');
    expect(await practitioner.fails(CLOSE, { e: closed.id, r: 'Again', w: 'Again' })).toMatchObject({ code: 'CONFLICT', field: 'eventId' });
    const planned = await event();
    expect(await practitioner.fails(CLOSE, { e: planned.id, r: 'R', w: 'W' })).toMatchObject({ code: 'CONFLICT', field: 'eventId' });
  });

  it('shows what we heard and only consented, unwithheld quotes to anyone with the code — never speaker labels', async () => {
    const e = await event('held');
    await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { text: 'Quote me: more clubs after school', consentToQuote: true, speakerLabel: 'Jo from 9B' }) });
    await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { text: 'Do not quote me on the toilets', consentToQuote: false }) });
    await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { text: `Quote this too: ${DISCLOSURE}`, consentToQuote: true }) });
    await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { text: 'Most of the group wanted a quiet room', capture: 'SUMMARISED', ageBand: null, consentToQuote: true }) });
    const anyone = t.agent();
    // Not public until it is closed.
    expect((await anyone.gql(FEEDBACK, { c: e.feedbackCode })).eventFeedback).toBeNull();
    await practitioner.gql(CLOSE, { e: e.id, r: 'Internal only: three groups, one concern raised.', w: 'You told us you want more clubs after school.' });

    const { eventFeedback } = await anyone.gql(FEEDBACK, { c: e.feedbackCode.toLowerCase() });
    expect(eventFeedback).toMatchObject({
      title: 'Year 9 session at Northbridge Academy',
      kind: 'SCHOOL_SESSION',
      venue: 'Northbridge Academy, room 4',
      serviceName: 'Schools',
      whatWeHeard: 'You told us you want more clubs after school.',
    });
    expect(eventFeedback.quotes).toEqual([
      { text: 'Quote me: more clubs after school', capture: 'OWN_WORDS', ageBand: 'AGE_12_TO_17' },
      { text: 'Most of the group wanted a quiet room', capture: 'SUMMARISED', ageBand: 'NOT_SAID' },
    ]);
    const page = JSON.stringify(eventFeedback);
    expect(page).not.toContain('Do not quote');
    expect(page).not.toContain('boyfriend');
    expect(page).not.toContain('Jo from 9B');
    expect(page).not.toContain('Internal only');
    expect((await anyone.request(`query($c: String!) { eventFeedback(code: $c) { report } }`, { c: e.feedbackCode })).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('returns null for an unknown or malformed code', async () => {
    expect((await t.agent().gql(FEEDBACK, { c: 'ZZZZZZZZ' })).eventFeedback).toBeNull();
    expect((await t.agent().gql(FEEDBACK, { c: '../../etc' })).eventFeedback).toBeNull();
  });
});

describe('quality of recorded voice', () => {
  it('gives an event its counts by capture, consent and age band, with small ones withheld like any other count', async () => {
    const e = await event();
    await practitioner.gql(ATTEND, { e: e.id, a: [{ ageBand: 'AGE_12_TO_17', count: 30 }, { ageBand: 'PARENT_CARER', count: 1 }] });
    // 11 own words (all may be quoted), 1 scribed (not), none summarised.
    for (let i = 0; i < 11; i++) await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { capture: 'OWN_WORDS', consentToQuote: true }) });
    await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { capture: 'SCRIBED', consentToQuote: false }) });
    const { event: got } = await practitioner.gql(
      `query($id: ID!) { event(id: $id) { quality { events contributions consentToQuote consentToQuoteShare consentToQuoteSuppressed totalAttendance suppressionThreshold
        byCapture { capture count share suppressed } attendance { ageBand count suppressed } } } }`,
      { id: e.id },
    );
    expect(got.quality).toMatchObject({ events: 1, contributions: 12, totalAttendance: 31, suppressionThreshold: 10 });
    const byCapture = Object.fromEntries(got.quality.byCapture.map((c: any) => [c.capture, c]));
    // 1 scribed is small, and 11 own words of 12 would give it away: both withheld; the 0 is shown.
    expect(byCapture.SCRIBED).toMatchObject({ count: null, suppressed: true, share: null });
    expect(byCapture.OWN_WORDS).toMatchObject({ count: null, suppressed: true });
    expect(byCapture.SUMMARISED).toMatchObject({ count: 0, suppressed: false });
    expect(got.quality).toMatchObject({ consentToQuote: null, consentToQuoteSuppressed: true });
    const bands = Object.fromEntries(got.quality.attendance.map((x: any) => [x.ageBand, x]));
    expect(bands.PARENT_CARER).toMatchObject({ count: null, suppressed: true });
    expect(bands.AGE_12_TO_17).toMatchObject({ count: null, suppressed: true });
    expect(bands.AGE_4_TO_7).toMatchObject({ count: 0, suppressed: false });
  });

  it('releases events’ figures together with their service’s, so no sum or difference of them pins a small count', async () => {
    const { createService } = await admin.gql(`mutation { createService(name: "Linked Voice ${Date.now()}") { id } }`);
    const serviceId = createService.id;
    const a = await event('planned', { serviceId });
    const b = await event('planned', { serviceId });
    // Event a: 12 own words and 3 scribed; event b: 12 own words. The service's 3 scribed is small.
    for (let i = 0; i < 12; i++) await practitioner.gql(CONTRIBUTE, { i: contribution(a.id, { capture: 'OWN_WORDS', consentToQuote: true }) });
    for (let i = 0; i < 3; i++) await practitioner.gql(CONTRIBUTE, { i: contribution(a.id, { capture: 'SCRIBED', consentToQuote: true }) });
    for (let i = 0; i < 12; i++) await practitioner.gql(CONTRIBUTE, { i: contribution(b.id, { capture: 'OWN_WORDS', consentToQuote: true }) });
    await practitioner.gql(ATTEND, { e: a.id, a: [{ ageBand: 'AGE_12_TO_17', count: 14 }, { ageBand: 'AGE_8_TO_11', count: 4 }] });
    await practitioner.gql(ATTEND, { e: b.id, a: [{ ageBand: 'AGE_12_TO_17', count: 12 }] });
    const FIELDS = 'contributions consentToQuote totalAttendance byCapture { capture count } attendance { ageBand count }';
    const { voiceQuality } = await commissioner.gql(`query($s: ID!) { voiceQuality(serviceId: $s) { ${FIELDS} } }`, { s: serviceId });
    const views: Array<[string, any]> = [['s', voiceQuality]];
    for (const e of [a, b]) views.push([e.id, (await commissioner.gql(`query($id: ID!) { event(id: $id) { quality { ${FIELDS} } } }`, { id: e.id })).event.quality]);

    // The public structure: in each table, contributions = Σ captures = consenting + not, attendance = Σ bands;
    // the service's every cell is the sum of its events'.
    const captures = ['OWN_WORDS', 'SCRIBED', 'SUMMARISED'];
    const bands = ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'PARENT_CARER', 'NOT_SAID'];
    const cells = ['contributions', 'attendance', 'consent:yes', 'consent:no', ...captures.map((c) => `capture:${c}`), ...bands.map((x) => `band:${x}`)];
    const sum = (total: string, parts: string[]) => new Map<string, number>([[total, 1], ...parts.map((p): [string, number] => [p, -1])]);
    const equations: Equation[] = [];
    for (const [table] of views) {
      const at = (cell: string) => `${table}:${cell}`;
      equations.push(
        sum(at('contributions'), captures.map((c) => at(`capture:${c}`))),
        sum(at('contributions'), [at('consent:yes'), at('consent:no')]),
        sum(at('attendance'), bands.map((x) => at(`band:${x}`))),
      );
    }
    for (const cell of cells) equations.push(sum(`s:${cell}`, [`${a.id}:${cell}`, `${b.id}:${cell}`]));
    const published = new Map<string, number>();
    for (const [table, q] of views) {
      const see = (cell: string, n: number | null) => n !== null && published.set(`${table}:${cell}`, n);
      see('contributions', q.contributions);
      see('attendance', q.totalAttendance);
      see('consent:yes', q.consentToQuote);
      for (const c of q.byCapture) see(`capture:${c.capture}`, c.count);
      for (const x of q.attendance) see(`band:${x.ageBand}`, x.count);
    }
    expect(published.get('s:capture:SCRIBED')).toBeUndefined();
    const pinned = [...attack(equations, published)].filter(([, n]) => n > 0 && n < 10);
    expect(pinned).toEqual([]);

    // Its negative twin: with the events' own figures exact (as before), the same attacker pins the service's 3 scribed.
    const exact = new Map(published);
    exact.set(`${a.id}:capture:OWN_WORDS`, 12).set(`${a.id}:capture:SCRIBED`, 3).set(`${b.id}:capture:OWN_WORDS`, 12).set(`${b.id}:capture:SCRIBED`, 0);
    expect(attack(equations, exact).get('s:capture:SCRIBED')).toBe(3);
  });

  it('suppresses small numbers across a service’s events, so none can be worked out from the totals', async () => {
    const { createService } = await admin.gql(`mutation { createService(name: "Youth Voice ${Date.now()}") { id } }`);
    const serviceId = createService.id;
    const a = await event('planned', { serviceId });
    const b = await event('planned', { serviceId });
    await practitioner.gql(ATTEND, { e: a.id, a: [{ ageBand: 'AGE_12_TO_17', count: 20 }, { ageBand: 'AGE_8_TO_11', count: 2 }] });
    await practitioner.gql(ATTEND, { e: b.id, a: [{ ageBand: 'AGE_12_TO_17', count: 15 }] });
    // 12 own words, 2 scribed, 0 summarised; 13 may be quoted.
    const batch = [
      ...Array.from({ length: 12 }, (_, i) => contribution(i % 2 ? a.id : b.id, { capture: 'OWN_WORDS', consentToQuote: i !== 0 })),
      contribution(a.id, { capture: 'SCRIBED', consentToQuote: true }),
      contribution(b.id, { capture: 'SCRIBED', consentToQuote: true }),
    ];
    for (const i of batch) await practitioner.gql(CONTRIBUTE, { i });
    const { voiceQuality: q } = await commissioner.gql(
      `query($s: ID!) { voiceQuality(serviceId: $s) { events contributions consentToQuote consentToQuoteSuppressed totalAttendance suppressionThreshold
        byCapture { capture count share suppressed } attendance { ageBand count suppressed } } }`,
      { s: serviceId },
    );
    expect(q).toMatchObject({ events: 2, contributions: 14, totalAttendance: 37, suppressionThreshold: 10 });
    const byCapture = Object.fromEntries(q.byCapture.map((c: any) => [c.capture, c]));
    // 2 scribed is under 10, and 12 own words would give it away (14 − 12): both withheld.
    expect(byCapture.SCRIBED).toMatchObject({ count: null, suppressed: true, share: null });
    expect(byCapture.OWN_WORDS).toMatchObject({ count: null, suppressed: true });
    // 13 consented would give away the 1 that did not.
    expect(q).toMatchObject({ consentToQuote: null, consentToQuoteSuppressed: true });
    const bands = Object.fromEntries(q.attendance.map((x: any) => [x.ageBand, x]));
    expect(bands.AGE_8_TO_11).toMatchObject({ count: null, suppressed: true });
    expect(bands.AGE_12_TO_17).toMatchObject({ count: null, suppressed: true });
    expect(bands.AGE_4_TO_7).toMatchObject({ count: 0, suppressed: false });
  });

  it('shows service counts at or over the threshold', async () => {
    const { createService } = await admin.gql(`mutation { createService(name: "Big Voice ${Date.now()}") { id } }`);
    const e = await event('planned', { serviceId: createService.id });
    await practitioner.gql(ATTEND, { e: e.id, a: [{ ageBand: 'AGE_12_TO_17', count: 30 }] });
    for (let i = 0; i < 10; i++) await practitioner.gql(CONTRIBUTE, { i: contribution(e.id, { capture: 'OWN_WORDS', consentToQuote: true }) });
    const { voiceQuality: q } = await commissioner.gql(`query($s: ID!) { voiceQuality(serviceId: $s) { contributions consentToQuote consentToQuoteShare byCapture { capture count share } attendance { ageBand count } } }`, { s: createService.id });
    expect(q).toMatchObject({ contributions: 10, consentToQuote: 10, consentToQuoteShare: 1 });
    expect(q.byCapture[0]).toEqual({ capture: 'OWN_WORDS', count: 10, share: 1 });
    expect(q.attendance).toContainEqual({ ageBand: 'AGE_12_TO_17', count: 30 });
  });
});

describe('authorization', () => {
  it('lets no one but consultation staff see or change events, and signed-out people only the public page', async () => {
    const e = await event('held');
    const anyone = t.agent();
    const operations: Array<[string, Record<string, unknown>]> = [
      [`query($id: ID!) { event(id: $id) { id } }`, { id: e.id }],
      [`{ events { id } }`, {}],
      [`query($s: ID!) { voiceQuality(serviceId: $s) { contributions } }`, { s: services.Schools }],
      [CREATE, { i: { title: 'T', kind: 'OTHER', startsAt: '2030-01-01T00:00:00.000Z' } }],
      [ATTEND, { e: e.id, a: [{ ageBand: 'AGE_12_TO_17', count: 1 }] }],
      [CONTRIBUTE, { i: contribution(e.id) }],
      [CLOSE, { e: e.id, r: 'R', w: 'W' }],
    ];
    for (const [query, variables] of operations) {
      expect((await anyone.fails(query, variables)).code).toBe('UNAUTHENTICATED');
      expect((await safeguardingLead.fails(query, variables)).code).toBe('FORBIDDEN');
    }
    expect((await practitioner.gql(`query($id: ID!) { event(id: $id) { status } }`, { id: e.id })).event.status).toBe('HELD');
  });
});

describe('tenancy', () => {
  it('does not show, change or record at another organisation’s events', async () => {
    const e = await event('held');
    await practitioner.gql(CONTRIBUTE, { i: contribution(e.id) });
    const before = await Promise.all([count('voice_input'), count('audit_entry')]);
    expect((await south.gql(`query($id: ID!) { event(id: $id) { id } }`, { id: e.id })).event).toBeNull();
    expect((await south.gql(`{ events { id } }`)).events.map((x: any) => x.id)).not.toContain(e.id);
    expect((await south.gql(`query($s: ID) { events(serviceId: $s) { id } }`, { s: services.Schools })).events).toEqual([]);
    expect((await south.fails(`query($s: ID!) { voiceQuality(serviceId: $s) { contributions } }`, { s: services.Schools })).code).toBe('NOT_FOUND');
    expect((await south.fails(ATTEND, { e: e.id, a: [{ ageBand: 'AGE_12_TO_17', count: 1 }] })).code).toBe('NOT_FOUND');
    expect((await south.fails(CONTRIBUTE, { i: contribution(e.id) })).code).toBe('NOT_FOUND');
    expect((await south.fails(CLOSE, { e: e.id, r: 'R', w: 'W' })).code).toBe('NOT_FOUND');
    expect((await south.gql(`query($e: ID!) { inputs(filter: { eventId: $e }) { totalCount } }`, { e: e.id })).inputs.totalCount).toBe(0);
    expect(await Promise.all([count('voice_input'), count('audit_entry')])).toEqual(before);
    const { event: after } = await practitioner.gql(`query($id: ID!) { event(id: $id) { status totalAttendance } }`, { id: e.id });
    expect(after).toEqual({ status: 'HELD', totalAttendance: 14 });
  });
});

import {
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Lexer,
  Source,
  TokenKind,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heardSchema } from '../server/src/schema.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { releaseWordsAtOnce } from './support/factories.js';
import { answeredSurvey, decisionInput, eventContributions, RECORD_CHANGE, RECORD_DECISION, theme, UPDATE_CHANGE } from './support/trace-factories.js';

/*
 * Authorization on every field path, generated from the schema itself.
 *
 * Northbridge is seeded with a distinctive marker word in every kind of words, names and notes it
 * holds (children's words, withheld words, member names, comments, proposal text, staff notes,
 * concern notes, an unpublished decision, and the public text of a published decision). Then every
 * query entry point is called, with arguments taken from Northbridge's ids and codes, selecting
 * every field to a depth of five objects, as each kind of reader: signed out, Southmoor's staff in
 * each role, a Southmoor participant and forum member, and Northbridge's own participant, forum
 * member and staff. A field the reader may not read answers with an error, which takes it out of
 * the next call (so one refusal cannot hide what its siblings leak), until the walk answers
 * without errors. Any marker (or Northbridge id) outside its readers fails the test.
 */

const DEPTH = 5;
/** The server refuses documents over 2000 tokens (graphql-armor); stay under with room to spare. */
const MAX_TOKENS = 1800;

type Reader =
  | 'anonymous'
  | 'S:admin'
  | 'S:commissioner'
  | 'S:practitioner'
  | 'S:safeguarding'
  | 'S:participant'
  | 'S:member'
  | 'N:participant'
  | 'N:member'
  | 'N:admin'
  | 'N:commissioner'
  | 'N:practitioner'
  | 'N:safeguarding';

const N_STAFF: Reader[] = ['N:admin', 'N:commissioner', 'N:practitioner', 'N:safeguarding'];
const EVERYONE: Reader[] = ['anonymous', 'S:admin', 'S:commissioner', 'S:practitioner', 'S:safeguarding', 'S:participant', 'S:member', 'N:participant', 'N:member', ...N_STAFF];

/** Each kind of marker, and who alone may read it. */
const MARKERS = {
  /** The public text of a published decision and its change: anyone. */
  Zqpub: EVERYONE,
  /** An unpublished decision: Northbridge's staff. */
  Zqunpub: N_STAFF,
  /** Staff notes (a change's progress note, why a comment was hidden): Northbridge's staff. */
  Zqnote: N_STAFF,
  /** Concern notes and the referral reference: Northbridge's safeguarding lead. */
  Zqconcern: ['N:safeguarding'],
  /** Concerns themselves (ids only): the queue's readers, the lead and the admin. */
  Zqqueue: ['N:admin', 'N:safeguarding'],
  /** Words withheld under safeguarding review: Northbridge's safeguarding lead. */
  Zqwithheld: ['N:safeguarding'],
  /** Children's words (survey answers, vote reasons, event contributions): Northbridge's staff. */
  Zqinput: N_STAFF,
  /** A forum member's comment: Northbridge's staff and that forum's members. */
  Zqcomment: [...N_STAFF, 'N:member'],
  /** A comment staff hid: Northbridge's staff. */
  Zqhidden: N_STAFF,
  /** A forum member's display name: Northbridge's staff. */
  Zqname: N_STAFF,
  /** A proposal put to a forum: Northbridge's staff and that forum's members. */
  Zqprop: [...N_STAFF, 'N:member'],
} satisfies Record<string, Reader[]>;
type Marker = keyof typeof MARKERS;

/** Northbridge's seeded ids, each with the marker kind that says who may see it. */
const ids = new Map<string, Marker>();
/** Entry-point arguments, by argument name (and for `id`, by the type returned). */
const args: Record<string, string[]> = {};

let t: TestApp;
const readers = new Map<Reader, Agent>();
let schema: GraphQLSchema;

async function join(code: string): Promise<Agent> {
  const agent = t.agent();
  await agent.gql(`mutation($c: String!) { joinWithCode(code: $c) { id } }`, { c: code });
  return agent;
}

beforeAll(async () => {
  t = await startTestApp();
  // Words are released at once (no reading queue), so the walk reaches every text a reader may see.
  await releaseWordsAtOnce(t);
  schema = await heardSchema();
  const nAdmin = await t.staff('admin@northbridge.example');
  const nComm = await t.staff('commissioner@northbridge.example');
  const nPrac = await t.staff('practitioner@northbridge.example');
  const nLead = await t.staff('safeguarding@northbridge.example');

  // A service, a survey with a child's words and a disclosure (withheld, a concern), an event.
  const { createService: svc } = await nAdmin.gql(`mutation { createService(name: "Saturday hub Zqpub") { id } }`);
  ids.set(svc.id, 'Zqpub');
  const { survey, answers } = await answeredSurvey(t, nComm, ['More time to talk Zqinput', 'my mums boyfriend hits me when shes at work Zqwithheld'], {
    serviceId: svc.id,
  });
  ids.set(survey.id, 'Zqpub');
  ids.set(answers[0].inputId, 'Zqinput');
  ids.set(answers[1].inputId, 'Zqinput');
  const { eventId, inputIds: eventInputs } = await eventContributions(nPrac, ['The bus is too expensive Zqinput'], { serviceId: svc.id });
  ids.set(eventId, 'Zqinput');
  ids.set(eventInputs[0], 'Zqinput');
  const themeId = await theme(nComm, 'Saturday opening Zqpub', { serviceId: svc.id, inputIds: [answers[0].inputId, eventInputs[0]] });
  ids.set(themeId, 'Zqpub');

  // A forum whose members comment on a proposal and vote with a reason.
  const { createForum: forum } = await nPrac.gql(`mutation { createForum(name: "Youth voice Zqprop") { id } }`);
  ids.set(forum.id, 'Zqprop');
  const invite = async (name: string) =>
    (await nPrac.gql(`mutation($f: ID!, $d: String!) { addForumMember(forumId: $f, displayName: $d, ageBand: AGE_12_TO_17) { joinCode member { id } } }`, { f: forum.id, d: name }))
      .addForumMember;
  const author = await invite('Jayden Zqname');
  ids.set(author.member.id, 'Zqname');
  const peer = await invite('Peer reader');
  const authorAgent = await join(author.joinCode);
  const { createProposal: proposal } = await nPrac.gql(`mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`, {
    i: { title: 'Open on Saturdays Zqprop', problem: 'Weekdays are hard Zqprop', proposedChange: 'Open 10 to 2 Zqprop', childSummary: 'Saturdays? Zqprop', serviceId: svc.id, forumId: forum.id, themeIds: [themeId] },
  });
  ids.set(proposal.id, 'Zqprop');
  await nPrac.gql(`mutation($p: ID!, $c: DateTimeISO!) { openVoting(proposalId: $p, closesAt: $c) { id } }`, { p: proposal.id, c: new Date(Date.now() + 86_400_000).toISOString() });
  const comment = async (text: string, n: number) =>
    (await authorAgent.gql(`mutation($p: ID!, $t: String!, $c: String!) { commentOnProposal(proposalId: $p, text: $t, clientSubmissionId: $c) { id } }`, { p: proposal.id, t: text, c: `walk-comment-${n}` }))
      .commentOnProposal;
  ids.set((await comment('Saturday mornings suit me Zqcomment', 1)).id, 'Zqcomment');
  const hidden = await comment('Something unkind Zqhidden', 2);
  // Members see that a comment was hidden (its id, no words); its words are staff-only.
  ids.set(hidden.id, 'Zqcomment');
  await nPrac.gql(`mutation($c: ID!) { hideComment(commentId: $c, reason: "Unkind to another member Zqnote") { id } }`, { c: hidden.id });
  await authorAgent.gql(`mutation($p: ID!) { castVote(proposalId: $p, choice: FOR, reason: "My mum works all week Zqinput") { id } }`, { p: proposal.id });
  await nPrac.gql(`mutation($p: ID!) { closeVoting(proposalId: $p) { id } }`, { p: proposal.id });

  // A published decision citing all of it, with a change and a staff note; an unpublished one.
  const published = (
    await nComm.gql(RECORD_DECISION, {
      i: decisionInput({ title: 'Saturdays Zqpub', summary: 'Open Zqpub', rationale: 'Because Zqpub', youSaidWeDid: 'We will Zqpub', decidedBy: 'Board Zqpub', serviceId: svc.id, themeIds: [themeId], proposalIds: [proposal.id], inputIds: [answers[0].inputId] }),
    })
  ).recordDecision;
  ids.set(published.id, 'Zqpub');
  const unpublished = (
    await nComm.gql(RECORD_DECISION, {
      i: decisionInput({ title: 'Close Fridays Zqunpub', summary: 'Shut Zqunpub', rationale: 'Money Zqunpub', youSaidWeDid: 'Not yet Zqunpub', decidedBy: 'Cabinet Zqunpub', outcome: 'DEFERRED', serviceId: svc.id, themeIds: [themeId], published: false }),
    })
  ).recordDecision;
  ids.set(unpublished.id, 'Zqunpub');
  const change = (await nComm.gql(RECORD_CHANGE, { i: { decisionId: published.id, serviceId: svc.id, title: 'Saturday staff Zqpub', description: 'Two workers Zqpub', status: 'PLANNED' } }))
    .recordServiceChange;
  ids.set(change.id, 'Zqpub');
  await nComm.gql(UPDATE_CHANGE, { id: change.id, s: 'IN_PROGRESS', n: 'Recruiting is slow, budget tight Zqnote' });

  // The disclosure's concern, with the lead's notes and a referral; a second concern flagged by hand.
  const { safeguardingConcerns } = await nLead.gql(`{ safeguardingConcerns { id input { id } } }`);
  const concern = safeguardingConcerns.find((c: any) => c.input.id === answers[1].inputId);
  ids.set(concern.id, 'Zqqueue');
  await nLead.gql(`mutation($id: ID!) { acknowledgeConcern(id: $id, note: "Spoke to the school Zqconcern") { id } }`, { id: concern.id });
  await nLead.gql(`mutation($id: ID!) { referConcern(id: $id, reference: "MASH-Zqconcern-1") { id } }`, { id: concern.id });
  const flagged = await nPrac.gql(`mutation($i: ID!) { flagInput(inputId: $i, note: "Worried about home Zqconcern") { id } }`, { i: eventInputs[0] });
  ids.set(flagged.flagInput.id, 'Zqqueue');

  const { survey: shared } = await nComm.gql(`query($id: ID!) { survey(id: $id) { shareCode } }`, { id: survey.id });
  const { event } = await nPrac.gql(`query($id: ID!) { event(id: $id) { feedbackCode } }`, { id: eventId });
  Object.assign(args, {
    serviceId: [svc.id],
    surveyId: [survey.id],
    forumId: [forum.id],
    inputId: [answers[0].inputId, answers[1].inputId, eventInputs[0]],
    'id:Decision': [published.id, unpublished.id],
    'id:Service': [svc.id],
    'id:Survey': [survey.id],
    'id:ConsultationEvent': [eventId],
    'id:Proposal': [proposal.id],
    'id:Theme': [themeId],
    'id:SafeguardingConcern': [concern.id, flagged.flagInput.id],
    'code:receipt': [answers[0].receiptCode, answers[1].receiptCode],
    'code:surveyByShareCode': [shared.shareCode],
    'code:eventFeedback': [event.feedbackCode],
  });

  // The readers.
  readers.set('anonymous', t.agent());
  for (const role of ['admin', 'commissioner', 'practitioner', 'safeguarding'] as const) {
    readers.set(`S:${role}`, await t.staff(`${role}@southmoor.example`));
    readers.set(`N:${role}`, { admin: nAdmin, commissioner: nComm, practitioner: nPrac, safeguarding: nLead }[role]);
  }
  const participantCode = async (staff: Agent) => (await staff.gql(`mutation { createParticipantCodes(count: 1) }`)).createParticipantCodes[0];
  readers.set('N:participant', await join(await participantCode(nPrac)));
  const sPrac = readers.get('S:practitioner')!;
  readers.set('S:participant', await join(await participantCode(sPrac)));
  readers.set('N:member', await join(peer.joinCode));
  const { createForum: sForum } = await sPrac.gql(`mutation { createForum(name: "Southmoor youth") { id } }`);
  const sInvite = await sPrac.gql(`mutation($f: ID!) { addForumMember(forumId: $f, displayName: "South reader", ageBand: AGE_12_TO_17) { joinCode } }`, { f: sForum.id });
  readers.set('S:member', await join(sInvite.addForumMember.joinCode));
}, 120_000);
afterAll(() => t?.close());

// ───────────────────────── selection sets from the schema ─────────────────────────

/** A field in a selection: a leaf, or an object with its own selection. */
interface Sel {
  name: string;
  children?: Sel[];
}

const isLeafType = (f: GraphQLField<unknown, unknown>) => {
  const named = getNamedType(f.type);
  return isScalarType(named) || isEnumType(named);
};
/** Fields with a required argument cannot be selected without one; none below the root has one today. */
const selectable = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type));

/** Every field of `type`, objects followed `depth` levels down. */
function selectAll(type: GraphQLObjectType, depth: number): Sel[] {
  const out: Sel[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!selectable(field)) continue;
    if (isLeafType(field)) out.push({ name: field.name });
    else if (depth > 1) {
      const children = selectAll(getNamedType(field.type) as GraphQLObjectType, depth - 1);
      if (children.length) out.push({ name: field.name, children });
    }
  }
  return out;
}

const print = (sels: Sel[]): string => sels.map((s) => (s.children ? `${s.name} { ${print(s.children)} }` : s.name)).join(' ');

function tokens(document: string): number {
  const lexer = new Lexer(new Source(document));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/** Splits a selection into pieces that each fit the token limit, every field kept in some piece. */
function split(sels: Sel[], fits: (s: Sel[]) => boolean): Sel[][] {
  if (fits(sels)) return [sels];
  const leaves = sels.filter((s) => !s.children);
  const objects = sels.filter((s) => s.children);
  const pieces: Sel[][] = leaves.length ? [leaves] : [];
  for (const o of objects) {
    for (const part of split(o.children!, (c) => fits([{ name: o.name, children: c }]))) pieces.push([{ name: o.name, children: part }]);
  }
  return pieces;
}

/** Removes the field at a response path (list indices dropped); true when something was removed. */
function prune(sels: Sel[], path: Array<string | number>): boolean {
  const names = path.filter((p): p is string => typeof p === 'string');
  let level = sels;
  for (let i = 0; i < names.length; i++) {
    const at = level.findIndex((s) => s.name === names[i]);
    if (at < 0) return false;
    if (i === names.length - 1) {
      level.splice(at, 1);
      dropEmpty(sels);
      return true;
    }
    level = level[at].children ?? [];
  }
  return false;
}

/** A field whose every child was removed cannot be selected any more: remove it too. */
function dropEmpty(sels: Sel[]): void {
  for (let i = sels.length - 1; i >= 0; i--) {
    const children = sels[i].children;
    if (!children) continue;
    dropEmpty(children);
    if (!children.length) sels.splice(i, 1);
  }
}

/** Each entry point with each combination of seeded arguments (entry points needing others are skipped). */
function entryCalls(): Array<{ field: GraphQLField<unknown, unknown>; values: Record<string, string> }> {
  const calls: Array<{ field: GraphQLField<unknown, unknown>; values: Record<string, string> }> = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    let combos: Array<Record<string, string>> = [{}];
    for (const arg of field.args) {
      const key = arg.name === 'id' ? `id:${getNamedType(field.type).name}` : arg.name === 'code' ? `code:${field.name}` : arg.name;
      const options = args[key];
      if (!options) {
        if (isNonNullType(arg.type)) combos = [];
        continue;
      }
      combos = combos.flatMap((c) => options.map((v) => ({ ...c, [arg.name]: v })));
    }
    for (const values of combos) calls.push({ field, values });
  }
  return calls;
}

interface Walked {
  /** Every string answered, with where: `entry.field.field: value` (error messages too). */
  bodies: string[];
  /** Distinct field paths that answered with data. */
  paths: Set<string>;
  /** Documents the server refused as a whole (no path): the walk could not see through them. */
  refused: string[];
}

function collectStrings(value: unknown, prefix: string, into: string[]): void {
  if (Array.isArray(value)) value.forEach((v) => collectStrings(v, prefix, into));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectStrings(v, `${prefix}.${k}`, into);
  else if (typeof value === 'string') into.push(`${prefix.slice(1)}: ${value}`);
}

function collectPaths(value: unknown, prefix: string, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectPaths(v, prefix, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (v === null) continue;
      into.add(`${prefix}.${k}`);
      collectPaths(v, `${prefix}.${k}`, into);
    }
  }
}

/** Calls every entry point as one reader, pruning refused fields until each call answers cleanly. */
async function walk(agent: Agent): Promise<Walked> {
  const walked: Walked = { bodies: [], paths: new Set(), refused: [] };
  for (const { field, values } of entryCalls()) {
    const decl = field.args.filter((a) => a.name in values).map((a) => `$${a.name}: ${a.type.toString()}`);
    const call = field.args.filter((a) => a.name in values).map((a) => `${a.name}: $${a.name}`);
    const head = `query${decl.length ? `(${decl.join(', ')})` : ''} { ${field.name}${call.length ? `(${call.join(', ')})` : ''}`;
    const named = getNamedType(field.type);
    const documentFor = (sels: Sel[] | null) => `${head}${sels ? ` { ${print(sels)} }` : ''} }`;
    const pieces: Array<Sel[] | null> = isObjectType(named) ? split(selectAll(named, DEPTH), (s) => tokens(documentFor(s)) <= MAX_TOKENS) : [null];
    while (pieces.length) {
      const piece = pieces.shift()!;
      for (let round = 0; round < 50; round++) {
        const document = documentFor(piece);
        const response = await agent.request(document, values);
        const errors = response.errors ?? [];
        // Over the cost limit: walk the same fields in smaller documents.
        if (piece && errors.some((e) => /cost limit/i.test(e.message))) {
          const smaller = split(piece, (s) => tokens(documentFor(s)) <= tokens(document) / 2);
          if (smaller.length > 1) {
            pieces.push(...smaller);
            break;
          }
        }
        collectStrings(response.data, '', walked.bodies);
        for (const e of errors) walked.bodies.push(`error ${JSON.stringify(e.path ?? [])}: ${e.message}`);
        collectPaths(response.data, '', walked.paths);
        if (!errors.length) break;
        const withPath = errors.filter((e: any) => Array.isArray(e.path) && e.path.length > 1);
        // A refusal of the entry point itself (or of the document) ends this call.
        if (!piece || withPath.length < errors.length || !withPath.map((e: any) => prune(piece, e.path.slice(1))).some(Boolean)) {
          if (errors.some((e: any) => !e.path)) walked.refused.push(`${field.name}: ${errors[0].message}`);
          break;
        }
        // Everything this piece asked for was refused.
        if (!piece.length) break;
      }
    }
  }
  return walked;
}

/** Markers and Northbridge ids in the walk that this reader may not see, with where they appeared. */
function leaks(reader: Reader, walked: Walked): string[] {
  const found = new Set<string>();
  for (const body of walked.bodies) {
    for (const [marker, allowed] of Object.entries(MARKERS) as Array<[Marker, Reader[]]>) {
      if (!allowed.includes(reader) && body.toLowerCase().includes(marker.toLowerCase())) found.add(`${marker} in ${body.slice(0, 200)}`);
    }
    for (const [id, marker] of ids) {
      if (!(MARKERS[marker] as Reader[]).includes(reader) && body.includes(id)) found.add(`${marker} id at ${body.split(': ')[0]}`);
    }
  }
  return [...found];
}

function sees(walked: Walked, marker: Marker): boolean {
  return walked.bodies.some((b) => b.toLowerCase().includes(marker.toLowerCase()));
}

// ───────────────────────────────────── the walk ─────────────────────────────────────

const results = new Map<Reader, Walked>();
async function walked(reader: Reader): Promise<Walked> {
  if (!results.has(reader)) results.set(reader, await walk(readers.get(reader)!));
  return results.get(reader)!;
}

describe('every field path, from every entry point, as every kind of reader', () => {
  it('builds selections at least four objects deep from the schema itself', () => {
    const decision = schema.getType('Decision') as GraphQLObjectType;
    const deepest = (sels: Sel[]): number => Math.max(0, ...sels.map((s) => (s.children ? 1 + deepest(s.children) : 0)));
    expect(deepest(selectAll(decision, DEPTH))).toBeGreaterThanOrEqual(4);
    expect(entryCalls().length).toBeGreaterThan(30);
  });

  for (const reader of ['anonymous', 'S:admin', 'S:commissioner', 'S:practitioner', 'S:safeguarding', 'S:participant', 'S:member'] as Reader[]) {
    it(`shows ${reader} none of Northbridge's words, names, notes or private objects — only what the public sees`, async () => {
      const w = await walked(reader);
      expect(w.refused).toEqual([]);
      expect(leaks(reader, w)).toEqual([]);
      // The walk reached Northbridge's public page (so silence is not the walk failing).
      expect(sees(w, 'Zqpub')).toBe(true);
    }, 180_000);
  }

  it("never shows Northbridge's participant or forum member staff notes, concern notes, withheld words or names", async () => {
    for (const reader of ['N:participant', 'N:member'] as Reader[]) {
      const w = await walked(reader);
      expect(w.refused).toEqual([]);
      expect(leaks(reader, w)).toEqual([]);
    }
    // The member reached their forum's proposal and its comments through the walk.
    expect(sees(await walked('N:member'), 'Zqcomment')).toBe(true);
  }, 180_000);

  it('shows concern notes and withheld words to the safeguarding lead alone among Northbridge staff', async () => {
    for (const reader of N_STAFF) {
      const w = await walked(reader);
      expect(w.refused).toEqual([]);
      expect(leaks(reader, w)).toEqual([]);
      // Staff reach the deep notes the others must not (the walk goes deep enough to find them).
      expect(sees(w, 'Zqnote')).toBe(true);
    }
    const lead = await walked('N:safeguarding');
    expect(sees(lead, 'Zqconcern') && sees(lead, 'Zqwithheld')).toBe(true);
    expect(sees(await walked('N:commissioner'), 'Zqunpub')).toBe(true);
    expect(sees(await walked('N:commissioner'), 'Zqname')).toBe(true);
  }, 300_000);
});

import type { Agent, TestApp } from './app.js';
import { answersFor, SUBMIT, submissionId, survey, type SurveyFixture } from './factories.js';

/** One survey response as the child who gave it holds it: their receipt code and their text's voice input. */
export interface Answered {
  receiptCode: string;
  responseId: string;
  inputId: string;
  text: string;
}

/** The id of the demo service with this name in the staff member's organisation. */
export async function serviceId(staff: Agent, name = 'Early Help'): Promise<string> {
  const { services } = await staff.gql<{ services: Array<{ id: string; name: string }> }>(`{ services { id name } }`);
  const found = services.find((s) => s.name === name);
  if (!found) throw new Error(`No service ${name}`);
  return found.id;
}

/** A new service of Northbridge (made by its admin), with nothing from the demo world in it. */
export async function freshService(t: TestApp, name: string, admin = 'admin@northbridge.example'): Promise<string> {
  const staff = await t.staff(admin);
  const { createService } = await staff.gql(`mutation($n: String!) { createService(name: $n) { id } }`, { n: name });
  return createService.id;
}

/**
 * An open survey for a service with one response per text, each from a different (signed-out)
 * child in the given age band; returns each response's receipt code and its text's voice input.
 */
export async function answeredSurvey(
  t: TestApp,
  staff: Agent,
  texts: string[],
  options: { serviceId?: string; ageBand?: string; title?: string } = {},
): Promise<{ survey: SurveyFixture; answers: Answered[] }> {
  const s = await survey(staff, 'open', { ...(options.serviceId ? { serviceId: options.serviceId } : {}), ...(options.title ? { title: options.title } : {}) });
  const answers: Answered[] = [];
  for (const text of texts) {
    const { submitResponse } = await t.agent().gql(SUBMIT, {
      i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: options.ageBand ?? 'AGE_12_TO_17', answers: answersFor(s, text) },
    });
    const [row] = await t.orm.em.fork().getConnection().execute('select id from voice_input where response_id = ?', [submitResponse.responseId]);
    answers.push({ receiptCode: submitResponse.receiptCode, responseId: submitResponse.responseId, inputId: row.id, text });
  }
  return { survey: s, answers };
}

/** A held consultation event for a service with one contribution per text; returns the voice input ids. */
export async function eventContributions(staff: Agent, texts: string[], options: { serviceId?: string; ageBand?: string } = {}): Promise<{ eventId: string; inputIds: string[] }> {
  const { createEvent } = await staff.gql(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
    i: { title: 'Family hub drop-in', kind: 'DROP_IN', serviceId: options.serviceId ?? null, startsAt: new Date(Date.now() - 3600_000).toISOString() },
  });
  const inputIds: string[] = [];
  for (const text of texts) {
    const { recordContribution } = await staff.gql(`mutation($i: ContributionInput!) { recordContribution(input: $i) { id } }`, {
      i: { eventId: createEvent.id, clientSubmissionId: submissionId(), text, capture: 'SCRIBED', ageBand: options.ageBand ?? 'AGE_8_TO_11', consentToQuote: false },
    });
    inputIds.push(recordContribution.id);
  }
  return { eventId: createEvent.id, inputIds };
}

/** A theme, optionally for a service, with these inputs tagged to it. */
export async function theme(staff: Agent, label: string, options: { serviceId?: string; inputIds?: string[] } = {}): Promise<string> {
  const { createTheme } = await staff.gql(`mutation($i: CreateThemeInput!) { createTheme(input: $i) { id } }`, {
    i: { label, description: `Things children said about ${label.toLowerCase()}.`, serviceId: options.serviceId ?? null },
  });
  if (options.inputIds?.length) await staff.gql(`mutation($t: ID!, $i: [ID!]!) { tagInputs(themeId: $t, inputIds: $i) { id } }`, { t: createTheme.id, i: options.inputIds });
  return createTheme.id;
}

let forumCount = 0;

/**
 * A proposal in a named state, made through the API: 'draft' (to a forum with one member), or
 * 'votingClosed' (opened, one FOR vote with a reason from the member, closed by staff). Returns
 * the proposal, its forum, and the member's agent.
 */
export async function proposal(
  t: TestApp,
  staff: Agent,
  state: 'draft' | 'votingClosed',
  options: { serviceId?: string; themeIds?: string[]; title?: string } = {},
): Promise<{ id: string; forumId: string; member: Agent }> {
  const { createForum } = await staff.gql(`mutation($n: String!) { createForum(name: $n) { id } }`, { n: `Youth forum ${++forumCount}-${Date.now()}` });
  const { addForumMember } = await staff.gql(`mutation($f: ID!) { addForumMember(forumId: $f, displayName: "Jay", ageBand: AGE_12_TO_17) { joinCode } }`, { f: createForum.id });
  const member = t.agent();
  await member.gql(`mutation($c: String!) { joinWithCode(code: $c) { id } }`, { c: addForumMember.joinCode });
  const { createProposal } = await staff.gql(`mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`, {
    i: {
      title: options.title ?? 'Open the family hub on Saturdays',
      problem: 'Families who work in the week cannot get to the hub.',
      proposedChange: 'Open the family hub from 10 to 2 on Saturdays.',
      childSummary: 'Should the family hub open on Saturdays?',
      serviceId: options.serviceId ?? null,
      forumId: createForum.id,
      themeIds: options.themeIds ?? [],
    },
  });
  if (state === 'votingClosed') {
    await staff.gql(`mutation($p: ID!, $c: DateTimeISO!) { openVoting(proposalId: $p, closesAt: $c) { id } }`, {
      p: createProposal.id,
      c: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    await member.gql(`mutation($p: ID!) { castVote(proposalId: $p, choice: FOR, reason: "My mum works all week") { id } }`, { p: createProposal.id });
    await staff.gql(`mutation($p: ID!) { closeVoting(proposalId: $p) { id } }`, { p: createProposal.id });
  }
  return { id: createProposal.id, forumId: createForum.id, member };
}

/** Inputs for recordDecision, with plain defaults. */
export function decisionInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Open the family hub on Saturdays',
    summary: 'The family hub will open from 10 to 2 on Saturdays from September.',
    rationale: 'Children and parents told us weekdays are hard; the board found the money for Saturday staff.',
    outcome: 'ADOPTED',
    decidedAt: new Date(Date.now() - 86_400_000).toISOString(),
    decidedBy: 'Children’s Safeguarding Partnership Board',
    youSaidWeDid: 'You said you could not get to the hub in the week. We are opening it on Saturdays.',
    ...overrides,
  };
}

export const RECORD_DECISION = `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id title outcome published } }`;
export const RECORD_CHANGE = `mutation($i: RecordServiceChangeInput!) { recordServiceChange(input: $i) { id status } }`;
export const UPDATE_CHANGE = `mutation($id: ID!, $s: ChangeStatus!, $n: String!) { updateServiceChange(id: $id, status: $s, note: $n) { id status updates { status note } } }`;

import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { newAccessCode } from '../identity/secrets.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Proposal, ProposalTheme } from '../proposals/proposal.entity.js';
import { Service } from '../services/service.entity.js';
import { AgeBand, Capture, Channel, InputKind, Role } from '../shared/enums.js';
import { newReceiptCode } from '../surveys/receipt-code.js';
import { Answer, SurveyResponse } from '../surveys/response.entity.js';
import { Question, QuestionType, Survey, SurveyStatus } from '../surveys/survey.entity.js';
import { ChangeStatus, ChangeUpdate, Decision, DecisionTheme, Outcome, ServiceChange, ServiceCohort } from '../trace/decision.entity.js';
import { Theme, ThemeInput } from '../trace/theme.entity.js';
import { VoiceInput } from '../voices/voice-input.entity.js';

const DAY = 86_400_000;

/** The receipt code of one demo survey response, to try the receipt page with. */
export const DEMO_RECEIPT_CODE = 'otter-maple-cloud-2024';

// What children and young people told Early Help, grouped by the theme a practitioner tagged them to.
const VISITS = [
  'I never knew when my worker was coming, so I missed her twice.',
  'A text before you come would help, my mum works shifts.',
  'Sometimes they just turned up and I was embarrassed.',
  'I want to know the day before so I can get ready.',
  'My worker was nice but I never knew when she would visit.',
  'Tell us when you are coming please.',
  'It would be good to get a message before a visit.',
];
const HOURS = [
  'The family hub is shut when my mum finishes work.',
  'Could the hub be open after school and at weekends?',
  'We can only go on Saturdays because of school.',
  'The hub closes too early for my dad.',
  'Weekends would be better for us.',
  'Open later please, we never get there in time.',
];
const OTHER = ['The activities were fun.'];

/**
 * The evidence chain in the demo world, for one organisation: an Early Help survey with answers
 * (the first has the receipt code {@link DEMO_RECEIPT_CODE}), two themes they were tagged to, one
 * of which inspired the forum's "Saturdays" proposal, an adopted decision with a change that is
 * done, a not-adopted decision (with why not) with a change in progress, and the service's cohort.
 * Runs inside seedDemo's transaction, after the forum and events content is flushed.
 */
export async function seedDemoTrace(em: EntityManager, organisationName: string): Promise<void> {
  const organisation = await em.findOneOrFail(Organisation, { name: organisationName });
  const practitioner = await em.findOneOrFail(Account, { organisation, role: Role.PRACTITIONER });
  const commissioner = await em.findOneOrFail(Account, { organisation, role: Role.COMMISSIONER });
  const earlyHelp = await em.findOneOrFail(Service, { organisation, name: 'Early Help' });
  const now = Date.now();

  const survey = new Survey(organisation, practitioner, {
    title: 'How was Early Help for you?',
    purpose: 'We want to know what it was like, so we can make it better.',
    whatHappensNext: 'We read every answer. We will tell you what we change, and why, by the summer.',
    audience: [AgeBand.AGE_8_TO_11, AgeBand.AGE_12_TO_17],
    shareCode: newAccessCode().replace('-', '').slice(0, 8),
  });
  survey.service = earlyHelp;
  survey.status = SurveyStatus.OPEN;
  survey.publishedAt = new Date(now - 40 * DAY);
  const scale = new Question(survey, 1, QuestionType.SCALE, 'How was Early Help for you?');
  scale.scaleMax = 5;
  scale.required = true;
  const text = new Question(survey, 2, QuestionType.TEXT, 'What could be better?');
  em.persist([survey, scale, text]);

  const said = [...VISITS.map((t) => ['visits', t]), ...HOURS.map((t) => ['hours', t]), ...OTHER.map((t) => ['other', t])];
  const inputs: Record<string, VoiceInput[]> = { visits: [], hours: [], other: [] };
  said.forEach(([group, words], i) => {
    const ageBand = i === 3 || i === 9 ? AgeBand.AGE_8_TO_11 : AgeBand.AGE_12_TO_17;
    const at = new Date(now - (38 - i) * DAY);
    const response = Object.assign(new SurveyResponse(), {
      organisation,
      survey,
      clientSubmissionId: `demo-trace-${i}`,
      payloadHash: 'demo',
      receiptCode: i === 0 ? DEMO_RECEIPT_CODE : newReceiptCode(),
      ageBand,
      channel: Channel.ONLINE,
      capture: Capture.OWN_WORDS,
      enteredBy: null,
      participant: null,
      submittedAt: at,
    });
    const answer = Object.assign(new Answer(), { response, question: scale, choiceIds: null, scale: 2 + (i % 4), ageBand });
    const input = new VoiceInput(organisation, InputKind.SURVEY_ANSWER, words, Channel.ONLINE, Capture.OWN_WORDS, `${survey.title} — ${text.prompt}`);
    Object.assign(input, { ageBand, createdAt: at, service: earlyHelp, surveyId: survey.id, questionId: text.id, responseId: response.id });
    em.persist([response, answer, input]);
    inputs[group].push(input);
  });

  const visits = new Theme(organisation, 'Knowing when workers will visit', practitioner);
  visits.description = 'Children and families want to know before a worker comes to the house.';
  visits.service = earlyHelp;
  const hours = new Theme(organisation, 'Family hub opening hours', practitioner);
  hours.description = 'The family hub is closed when working families and children at school could come.';
  hours.service = earlyHelp;
  em.persist([visits, hours]);
  const tag = (theme: Theme, list: VoiceInput[]) =>
    list.forEach((input, i) => {
      const link = new ThemeInput(theme, input, practitioner);
      link.taggedAt = new Date(now - (20 - i) * DAY);
      em.persist(link);
    });
  tag(visits, inputs.visits);
  tag(hours, inputs.hours);

  // The forum's Saturdays proposal grew out of the opening-hours theme.
  const saturdays = await em.findOne(Proposal, { organisation, title: 'Open the family hub on Saturdays' });
  if (saturdays) em.persist(new ProposalTheme(saturdays, hours, practitioner));

  const adopted = new Decision(organisation, commissioner, {
    title: 'Text families the day before a home visit',
    summary: 'Early Help workers will send a text message the day before every planned home visit.',
    rationale: 'Seven children told us they did not know when their worker was coming. A text costs little and every worker has a work phone.',
    outcome: Outcome.ADOPTED,
    decidedAt: new Date(now - 12 * DAY),
    decidedBy: 'Early Help Service Leadership Team',
    youSaidWeDid: 'You said you did not know when your worker was coming. Now your worker sends a text the day before every visit.',
  });
  adopted.service = earlyHelp;
  const notAdopted = new Decision(organisation, commissioner, {
    title: 'Open the family hub until 8pm on weekdays',
    summary: 'We will not open the family hub late on weekdays.',
    rationale:
      'Staffing late evenings would cost more than the hub’s whole activities budget, and very few families came when we tried late opening last year. We have asked the youth forum whether Saturday opening would be better.',
    outcome: Outcome.NOT_ADOPTED,
    decidedAt: new Date(now - 8 * DAY),
    decidedBy: 'Children’s Safeguarding Partnership Board',
    youSaidWeDid:
      'You said the hub is shut when your family is free. We cannot open late in the week because it costs too much and few people came last time. Instead, the youth forum is voting on opening on Saturdays.',
  });
  notAdopted.service = earlyHelp;
  em.persist([adopted, notAdopted, new DecisionTheme(adopted, visits, commissioner), new DecisionTheme(notAdopted, hours, commissioner)]);

  const texts = new ServiceChange(organisation, adopted, earlyHelp, commissioner, {
    title: 'Text reminders before home visits',
    description: 'Every planned visit gets a text the day before, from the worker’s work phone.',
    status: ChangeStatus.DONE,
  });
  const forum = new ServiceChange(organisation, notAdopted, earlyHelp, commissioner, {
    title: 'Ask the youth forum about Saturday opening',
    description: 'The youth forum votes on opening the family hub on Saturdays.',
    status: ChangeStatus.IN_PROGRESS,
  });
  em.persist([texts, forum]);
  const update = (change: ServiceChange, status: ChangeStatus, note: string, daysAgo: number) => {
    const u = new ChangeUpdate(change, status, note, commissioner);
    u.at = new Date(now - daysAgo * DAY);
    em.persist(u);
  };
  update(texts, ChangeStatus.PLANNED, '', 11);
  update(texts, ChangeStatus.IN_PROGRESS, 'Workers trained to send reminders from their work phones.', 7);
  update(texts, ChangeStatus.DONE, 'Every Early Help worker now sends a reminder text the day before a visit.', 2);
  update(forum, ChangeStatus.PLANNED, '', 7);
  update(forum, ChangeStatus.IN_PROGRESS, 'The Saturday proposal is open for the forum’s vote.', 1);

  // Who Early Help works with, for "who we heard, and who we did not".
  for (const [ageBand, count] of [
    [AgeBand.AGE_4_TO_7, 320],
    [AgeBand.AGE_8_TO_11, 410],
    [AgeBand.AGE_12_TO_17, 380],
    [AgeBand.AGE_18_TO_25, 60],
    [AgeBand.PARENT_CARER, 900],
  ] as const) {
    em.persist(new ServiceCohort(earlyHelp, ageBand, count, commissioner));
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { ConsultationEvent, EventKind, EventStatus } from '../events/event.entity.js';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { newAccessCode } from '../identity/secrets.js';
import { Service } from '../services/service.entity.js';
import { AgeBand, Capture, Channel, InputKind, Role } from '../shared/enums.js';
import { VoiceInput } from '../voices/voice-input.entity.js';

const DAY = 86_400_000;

// What a Year 9 group might say about feeling safe at school: own words, scribed and summarised.
const SCHOOL_SESSION_VOICES: Array<{ text: string; capture: Capture; speakerLabel: string | null; consentToQuote: boolean }> = [
  { text: 'The library at lunch is the only place that is quiet enough to think.', capture: Capture.OWN_WORDS, speakerLabel: 'group of 4 Year 9s', consentToQuote: true },
  { text: 'I would talk to my form tutor, but only if nobody else could hear.', capture: Capture.OWN_WORDS, speakerLabel: null, consentToQuote: true },
  { text: 'The toilets by the sports hall are where people get picked on.', capture: Capture.SCRIBED, speakerLabel: 'Year 9 girl', consentToQuote: false },
  { text: 'Most of the group said they did not know who the safeguarding lead at school is.', capture: Capture.SUMMARISED, speakerLabel: 'whole group', consentToQuote: true },
];

/**
 * Demo events for one organisation: a school session held last week with attendance and a few
 * contributions, and a family-hub drop-in planned for next week. Runs inside seedDemo's
 * transaction, after the organisation, its staff and services are flushed.
 */
export async function seedDemoEvents(em: EntityManager, organisationName: string): Promise<void> {
  const organisation = await em.findOneOrFail(Organisation, { name: organisationName });
  const practitioner = await em.findOneOrFail(Account, { organisation, role: Role.PRACTITIONER });
  const schools = await em.findOneOrFail(Service, { organisation, name: 'Schools' });
  const earlyHelp = await em.findOneOrFail(Service, { organisation, name: 'Early Help' });
  const feedbackCode = () => newAccessCode().replace('-', '').slice(0, 8);

  const held = new ConsultationEvent(organisation, practitioner, {
    title: 'Feeling safe at school: Year 9 session',
    kind: EventKind.SCHOOL_SESSION,
    startsAt: new Date(Date.now() - 7 * DAY),
    feedbackCode: feedbackCode(),
  });
  held.service = schools;
  held.endsAt = new Date(held.startsAt.getTime() + 60 * 60_000);
  held.venue = 'Northbridge Academy, library';
  held.questions = ['Where in school do you feel safe?', 'Who would you talk to if something was wrong?'];
  held.attendance = [
    { ageBand: AgeBand.AGE_12_TO_17, count: 23 },
    { ageBand: AgeBand.NOT_SAID, count: 2 },
  ];
  held.status = EventStatus.HELD;
  em.persist(held);

  SCHOOL_SESSION_VOICES.forEach((voice, i) => {
    const input = new VoiceInput(organisation, InputKind.EVENT_CONTRIBUTION, voice.text, Channel.EVENT, voice.capture, held.title);
    input.event = held;
    input.service = schools;
    input.ageBand = AgeBand.AGE_12_TO_17;
    input.speakerLabel = voice.speakerLabel;
    input.consentToQuote = voice.consentToQuote;
    input.enteredBy = practitioner;
    input.createdAt = new Date(held.startsAt.getTime() + (i + 1) * 5 * 60_000);
    em.persist(input);
  });

  const planned = new ConsultationEvent(organisation, practitioner, {
    title: 'Family hub drop-in: what would help at weekends?',
    kind: EventKind.DROP_IN,
    startsAt: new Date(Date.now() + 7 * DAY),
    feedbackCode: feedbackCode(),
  });
  planned.service = earlyHelp;
  planned.venue = 'Northbridge Family Hub, Mill Street';
  planned.questions = ['Would you come to the hub on a Saturday?', 'What would make it easier to come?'];
  em.persist(planned);
}

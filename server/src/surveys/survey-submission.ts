import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, AppState } from '../shared/context.js';
import { AgeBand, Capture, Channel, InputKind, Role } from '../shared/enums.js';
import { badInput, CodedError, conflict, notFound } from '../shared/errors.js';
import { performAction } from '../shared/audit.js';
import { concernInsertCte, concernRows, normaliseVoice, notifyLeads, screenVoices, voiceInsertCte, voiceRows, type ScreenedVoice } from '../voices/voice-writer.js';
import { newReceiptCode } from './receipt-code.js';
import { SurveyResponse } from './response.entity.js';
import { normaliseLanguage } from './survey-language.js';
import { QuestionType, SurveyAccess, SurveyStatus } from './survey.entity.js';
import type { SubmitResponseInput } from './survey.inputs.js';
import { enterOrganisationOf, setTenant } from '../shared/tenancy.js';

/** What a submission is checked against: a published survey's frozen questions. */
export interface SurveyDefinition {
  id: string;
  organisationId: string;
  serviceId: string | null;
  title: string;
  status: SurveyStatus;
  access: SurveyAccess;
  closesAt: Date | null;
  questions: Map<string, { id: string; type: QuestionType; prompt: string; required: boolean; choiceIds: Set<string>; scaleMax: number | null; maxLength: number }>;
}

export interface Receipt {
  receiptCode: string;
  responseId: string;
  duplicate: boolean;
  /** True when screening flagged a text of this submission (the person is shown support). */
  flagged: boolean;
}

const ASSISTING_ROLES = new Set<Role>([Role.ADMIN, Role.COMMISSIONER, Role.PRACTITIONER]);
const CLIENT_ID = /^[A-Za-z0-9_-]{8,100}$/;
const DEFINITION_TTL_MS = 30_000;

/**
 * The whole write of a submission as ONE statement: the response (unless this client id is stored
 * already, or the survey is not open), its answers and its text answers as voice inputs.
 * Exported for the benchmark, which runs the same statement through raw `pg` as its baseline.
 */
export const INSERT_RESPONSE_SQL = `with s as (
  select id, organisation_id, service_id from survey
  where id = ? and status = 'OPEN' and (closes_at is null or closes_at > now())
), r as (
  insert into survey_response (id, organisation_id, survey_id, client_submission_id, payload_hash, receipt_code,
  age_band, channel, capture, entered_by_id, participant_id, language, submitted_at)
  select ?, s.organisation_id, s.id, ?, ?, ?, ?::age_band, ?::channel, ?::capture, ?, ?, ?,
  -- Millisecond precision, so keyset cursors (JavaScript dates) compare exactly.
  date_trunc('milliseconds', now()) from s
  -- Any conflict: this client id stored already (a retry), or a receipt code taken (tried again
  -- with another code). Nothing fails, so the request's transaction stays usable.
  on conflict do nothing
  returning id, organisation_id, submitted_at
), a as (
  insert into answer (id, response_id, question_id, choice_ids, scale, age_band)
  select x.id, r.id, x.question_id, x.choice_ids, x.scale, ?::age_band
  from r, jsonb_to_recordset(?::jsonb) as x(id uuid, question_id uuid, choice_ids text[], scale int)
), ${voiceInsertCte('v', {
  // The text answers, written by voices/ (the one writer of words) into this same statement.
  from: 'r, s',
  organisationId: 'r.organisation_id',
  createdAt: 'r.submitted_at',
  kind: InputKind.SURVEY_ANSWER,
  columns: { source_title: 'x.source_title', service_id: 's.service_id', survey_id: 's.id', question_id: 'x.question_id', response_id: 'r.id', entered_by_id: '?', author_id: '?', language: '?' },
  perRow: 'question_id uuid, source_title text',
})}, ${concernInsertCte('c', { voices: 'v', from: 'r', organisationId: 'r.organisation_id', raisedAt: 'r.submitted_at' })}
select id from r`;

/**
 * Published questions never change, so a definition is cached per process for a short time;
 * whether the survey is still open is checked by the insert itself, not the cache.
 */
async function loadDefinition(em: EntityManager, app: AppState, surveyId: string): Promise<SurveyDefinition | null> {
  const cached = app.caches.of<SurveyDefinition>('survey-definitions').get(surveyId);
  if (cached && Date.now() - cached.at < DEFINITION_TTL_MS) {
    await setTenant(em, cached.value.organisationId);
    return cached.value;
  }
  // A public entry point: the survey's organisation first, then everything else under it.
  if (!(await enterOrganisationOf(em, 'survey', surveyId))) return null;
  const rows: any[] = await em.getConnection().execute(
    `select s.id, s.organisation_id, s.service_id, s.title, s.status, s.access, s.closes_at,
            q.id as question_id, q.type, q.prompt, q.required, q.choices, q.scale_max, q.max_length
       from survey s left join question q on q.survey_id = s.id
      where s.id = ?`,
    [surveyId],
  );
  if (!rows.length) return null;
  const first = rows[0];
  const definition: SurveyDefinition = {
    id: first.id,
    organisationId: first.organisation_id,
    serviceId: first.service_id,
    title: first.title,
    status: first.status,
    access: first.access,
    closesAt: first.closes_at,
    questions: new Map(
      rows
        .filter((r) => r.question_id)
        .map((r) => [
          r.question_id,
          {
            id: r.question_id,
            type: r.type,
            prompt: r.prompt,
            required: r.required,
            choiceIds: new Set((r.choices as Array<{ id: string }>).map((c) => c.id)),
            scaleMax: r.scale_max,
            maxLength: r.max_length,
          },
        ]),
    ),
  };
  if (definition.status !== SurveyStatus.DRAFT) app.caches.of<SurveyDefinition>('survey-definitions').set(surveyId, { at: Date.now(), value: definition });
  return definition;
}

export interface ResponseRow {
  surveyId: string;
  responseId: string;
  clientSubmissionId: string;
  payloadHash: string;
  receiptCode: string;
  ageBand: AgeBand;
  channel: Channel;
  capture: Capture;
  enteredBy: string | null;
  participantId: string | null;
  /** The language the person answered in (BCP 47), when the client said. */
  language?: string | null;
  answers: CheckedAnswers['answers'];
  /** Screened by voices/voice-writer.ts, each with its question and source title. */
  voices: ScreenedVoice[];
  voiceSources: Array<{ question_id: string; source_title: string }>;
}

/** The parameters of INSERT_RESPONSE_SQL, in order. */
export function insertResponseParams(r: ResponseRow): unknown[] {
  return [
    r.surveyId,
    r.responseId, r.clientSubmissionId, r.payloadHash, r.receiptCode, r.ageBand, r.channel, r.capture, r.enteredBy, r.participantId, r.language ?? null,
    r.ageBand, JSON.stringify(r.answers),
    r.ageBand, r.channel, r.capture, r.enteredBy, r.participantId, r.language ?? null, voiceRows(r.voices, (_v, i) => r.voiceSources[i]),
    concernRows(r.voices),
  ];
}

/** Canonical form of what was submitted, so a retry can be told from a different payload. */
function payloadHash(input: SubmitResponseInput, ageBand: AgeBand, channel: Channel, capture: Capture): string {
  const answers = [...input.answers]
    .map((a) => ({ q: a.questionId, c: a.choiceIds ? [...a.choiceIds].sort() : null, s: a.scale ?? null, t: a.text ?? null }))
    .sort((a, b) => (a.q < b.q ? -1 : a.q > b.q ? 1 : 0));
  return createHash('sha256').update(JSON.stringify({ ageBand, channel, capture, answers })).digest('base64url');
}

/** Who may answer how: participants answer online in their own words; staff enter assisted or paper responses. */
function channelFor(input: SubmitResponseInput, actor: Actor | null): { channel: Channel; capture: Capture; enteredBy: string | null } {
  const staff = actor && ASSISTING_ROLES.has(actor.role);
  if (actor?.role === Role.SAFEGUARDING_LEAD) throw badInput('channel', 'Safeguarding leads cannot enter survey responses.');
  if (!staff) {
    if (input.channel && input.channel !== Channel.ONLINE) throw badInput('channel', 'Only staff can enter assisted or paper responses.');
    if (input.capture && input.capture !== Capture.OWN_WORDS) throw badInput('capture', 'Only staff can record how an answer was captured.');
    return { channel: Channel.ONLINE, capture: Capture.OWN_WORDS, enteredBy: null };
  }
  const channel = input.channel ?? Channel.ASSISTED;
  if (channel !== Channel.ASSISTED && channel !== Channel.PAPER) throw badInput('channel', 'Staff enter responses as ASSISTED or PAPER.');
  return { channel, capture: input.capture ?? Capture.READ_TO_THEM, enteredBy: actor.accountId };
}

interface CheckedAnswers {
  answers: Array<{ id: string; question_id: string; choice_ids: string[] | null; scale: number | null }>;
  texts: Array<{ questionId: string; prompt: string; text: string }>;
}

/** Every rule, each named by its field path; nothing is stored unless all pass. */
function checkAnswers(input: SubmitResponseInput, definition: SurveyDefinition): CheckedAnswers {
  const seen = new Set<string>();
  const checked: CheckedAnswers = { answers: [], texts: [] };
  input.answers.forEach((answer, i) => {
    const at = `answers.${i}`;
    const question = definition.questions.get(answer.questionId);
    if (!question) throw badInput(`${at}.questionId`, 'That question is not in this survey.');
    if (seen.has(question.id)) throw badInput(`${at}.questionId`, 'Each question can be answered once.');
    seen.add(question.id);
    const choiceIds = answer.choiceIds ?? null;
    const scale = answer.scale ?? null;
    const text = answer.text ?? null;
    switch (question.type) {
      case QuestionType.SINGLE_CHOICE:
      case QuestionType.YES_NO:
      case QuestionType.MULTI_CHOICE: {
        if (scale !== null || text !== null) throw badInput(at, 'Answer this question by choosing.');
        if (!choiceIds?.length) throw badInput(`${at}.choiceIds`, 'Choose an answer, or skip the question.');
        if (question.type !== QuestionType.MULTI_CHOICE && choiceIds.length > 1) throw badInput(`${at}.choiceIds`, 'Choose one answer.');
        if (new Set(choiceIds).size !== choiceIds.length) throw badInput(`${at}.choiceIds`, 'Each choice can be chosen once.');
        const bad = choiceIds.findIndex((id) => !question.choiceIds.has(id));
        if (bad >= 0) throw badInput(`${at}.choiceIds.${bad}`, 'That choice is not part of this question.');
        checked.answers.push({ id: randomUUID(), question_id: question.id, choice_ids: choiceIds, scale: null });
        break;
      }
      case QuestionType.SCALE: {
        if (choiceIds !== null || text !== null) throw badInput(at, 'Answer this question on the scale.');
        if (scale === null || !Number.isInteger(scale) || scale < 1 || scale > (question.scaleMax ?? 5)) {
          throw badInput(`${at}.scale`, `Choose a point from 1 to ${question.scaleMax}.`);
        }
        checked.answers.push({ id: randomUUID(), question_id: question.id, choice_ids: null, scale });
        break;
      }
      case QuestionType.TEXT: {
        if (choiceIds !== null || scale !== null) throw badInput(at, 'Answer this question in words.');
        const words = normaliseVoice(text, `${at}.text`, { maxLength: question.maxLength, empty: 'Write something, or skip the question.' });
        checked.answers.push({ id: randomUUID(), question_id: question.id, choice_ids: null, scale: null });
        checked.texts.push({ questionId: question.id, prompt: question.prompt, text: words });
        break;
      }
    }
  });
  for (const question of definition.questions.values()) {
    if (question.required && !seen.has(question.id)) {
      throw new CodedError('BAD_USER_INPUT', `Please answer: “${question.prompt}”`, { field: 'answers', questionId: question.id });
    }
  }
  return checked;
}

/**
 * Stores one survey response with its answers and its text answers as voice inputs, in ONE SQL
 * statement (so it is atomic), in the request's transaction under the survey's organisation, which
 * commits before the receipt is returned.
 * Exactly once per (survey, clientSubmissionId): a retry gets the same receipt with
 * `duplicate: true`; a different payload under the same id is CONFLICT. Errors: NOT_FOUND (survey),
 * BAD_USER_INPUT naming the field (closed survey, any answer rule, channel/capture the caller may
 * not use), FORBIDDEN (a participants-only survey without a participant session).
 */
export async function submitResponse(em: EntityManager, app: AppState, actor: Actor | null, input: SubmitResponseInput): Promise<Receipt> {
  if (!CLIENT_ID.test(input.clientSubmissionId)) {
    throw badInput('clientSubmissionId', 'clientSubmissionId must be 8 to 100 letters, digits, dashes or underscores.');
  }
  const definition = await loadDefinition(em, app, input.surveyId);
  if (!definition || definition.status === SurveyStatus.DRAFT) throw notFound('Survey');
  const sameOrg = actor?.organisationId === definition.organisationId;
  if (definition.access === SurveyAccess.PARTICIPANTS_ONLY && !(sameOrg && actor!.role !== Role.SAFEGUARDING_LEAD)) {
    throw new CodedError('FORBIDDEN', 'This survey is for people who joined with a code. Ask the person who gave you the link for a code.', { field: 'surveyId' });
  }
  const { channel, capture, enteredBy } = channelFor(input, sameOrg ? actor : actor && { ...actor, role: Role.PARTICIPANT });
  const ageBand = input.ageBand ?? AgeBand.NOT_SAID;
  const language = input.language == null ? null : normaliseLanguage(input.language);
  if (input.language != null && !language) throw badInput('language', 'Give the language as a tag such as en, ur or pl.');
  const hash = payloadHash(input, ageBand, channel, capture);
  const checked = checkAnswers(input, definition);
  const participantId = sameOrg && (actor!.role === Role.PARTICIPANT || actor!.role === Role.FORUM_MEMBER) ? actor!.accountId : null;

  const responseId = randomUUID();
  const voices = await screenVoices(em, app, definition.organisationId, checked.texts.map((t) => t.text));
  const voiceSources = checked.texts.map((t) => ({ question_id: t.questionId, source_title: `${definition.title} — ${t.prompt}` }));
  const flagged = voices.filter((v) => v.flag !== null).length;
  for (let attempt = 0; attempt < 3; attempt++) {
    const receiptCode = newReceiptCode();
    const params = insertResponseParams({
        surveyId: input.surveyId,
        responseId,
        clientSubmissionId: input.clientSubmissionId,
        payloadHash: hash,
        receiptCode,
        ageBand,
        channel,
        capture,
        enteredBy,
        participantId,
        language,
        answers: checked.answers,
        voices,
        voiceSources,
      });
    // A child answering online: the one statement. A member of staff entering a paper or assisted
    // response changes the record for someone else: audited with it (performAction).
    const rows: Array<{ id: string }> = enteredBy
      ? await enterAudited(em, actor!, responseId, params, { surveyId: input.surveyId, channel, capture })
      : await em.getConnection().execute(INSERT_RESPONSE_SQL, params);
    if (rows.length) {
      notifyLeads(em, app, definition.organisationId, flagged);
      return { receiptCode, responseId, duplicate: false, flagged: flagged > 0 };
    }
    const previous = await existingReceipt(em, input, hash);
    if (previous) return previous;
    if (!(await isOpen(em, input.surveyId))) throw badInput('surveyId', 'This survey has closed, so it is not taking answers any more.');
    // Open, and not stored before: the receipt code was taken. Try another.
  }
  throw conflict('Could not make a unique receipt code; please try again.');
}

/** Whether the survey takes answers now (the same test as the insert's). */
async function isOpen(em: EntityManager, surveyId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<unknown[]>(
    `select 1 from survey where id = ? and status = 'OPEN' and (closes_at is null or closes_at > now())`,
    [surveyId],
  );
  return rows.length > 0;
}

const NOT_STORED = new Error('response not stored');

/**
 * Stores a response a member of staff entered (PAPER or ASSISTED) with its audit row, in one
 * transaction (performAction). Nothing stored (a retry, or the survey closed) means nothing audited.
 */
async function enterAudited(em: EntityManager, actor: Actor, responseId: string, params: unknown[], details: Record<string, unknown>): Promise<Array<{ id: string }>> {
  return performAction(em, actor, 'enterSurveyResponse', async (tx) => {
    const rows: Array<{ id: string }> = await tx.getConnection().execute(INSERT_RESPONSE_SQL, params, 'all', tx.getTransactionContext());
    if (!rows.length) throw NOT_STORED;
    return tx.getReference(SurveyResponse, responseId);
  }, details).then(
    () => [{ id: responseId }],
    (error) => (error === NOT_STORED ? [] : Promise.reject(error)),
  );
}

/** Nothing was inserted: this id may have been stored before (same or different payload); null if not. */
async function existingReceipt(em: EntityManager, input: SubmitResponseInput, hash: string): Promise<Receipt | null> {
  const rows: Array<{ id: string; receipt_code: string; payload_hash: string }> = await em
    .getConnection()
    .execute('select id, receipt_code, payload_hash from survey_response where survey_id = ? and client_submission_id = ?', [
      input.surveyId,
      input.clientSubmissionId,
    ]);
  const previous = rows[0];
  if (!previous) return null;
  if (previous.payload_hash !== hash) {
    throw conflict('Different answers were already sent with this submission id.', { field: 'clientSubmissionId' });
  }
  const flagged: Array<{ n: number }> = await em
    .getConnection()
    .execute('select count(*)::int as n from voice_input where response_id = ? and withheld', [previous.id]);
  return { receiptCode: previous.receipt_code, responseId: previous.id, duplicate: true, flagged: flagged[0].n > 0 };
}

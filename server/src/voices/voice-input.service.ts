import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { addWorkingDays } from '../shared/working-days.js';
import { badInput } from '../shared/errors.js';
import { connectionFrom, decodeCursor, pageSize } from '../shared/pagination.js';
import type { Band } from '../shared/suppression.js';
import type { CodedError } from '../shared/errors.js';
import type { InputFilter, VoiceInputView } from './voice-input.type.js';

/**
 * Columns every voice-input list selects. `review_on` is the organisation's reviewFreeText: with it,
 * words nobody has read yet (`reviewed_at` null) are held back from everyone but the readers.
 */
export const VOICE_COLUMNS =
  'v.id, v.kind, v.text, v.withheld, v.age_band, v.channel, v.capture, v.created_at, v.source_title, v.speaker_label, v.consent_to_quote, v.reviewed_at, v.erased_at, v.language, ' +
  '(select o.review_free_text from organisation o where o.id = v.organisation_id) as review_on';

/** SQL (voice_input as `v`): the words may be released to people who are not readers. */
export const WORDS_RELEASED_SQL =
  '(not v.withheld and (v.reviewed_at is not null or not (select o.review_free_text from organisation o where o.id = v.organisation_id)))';

/**
 * Who reads words before anyone else: practitioners (they review them) and safeguarding leads (they
 * read disclosures). Commissioners, admins, forum members and the public see words once read.
 */
export function readsUnreadWords(actor: Actor | null): boolean {
  return actor !== null && (actor.role === Role.PRACTITIONER || actor.role === Role.SAFEGUARDING_LEAD);
}

export interface VoiceRow {
  id: string;
  kind: VoiceInputView['kind'];
  text: string;
  withheld: boolean;
  age_band: VoiceInputView['ageBand'];
  channel: VoiceInputView['channel'];
  capture: VoiceInputView['capture'];
  /** Raw queries return timestamps as ISO strings. */
  created_at: Date | string;
  source_title: string;
  /** Event contributions only; optional so rows selected without them still read. */
  speaker_label?: string | null;
  consent_to_quote?: boolean;
  language?: string | null;
  /** Set once the words were erased; optional so rows selected without it still read. */
  erased_at?: Date | string | null;
  reviewed_at?: Date | string | null;
  /** The organisation reviews free text before release; rows selected without it count as on. */
  review_on?: boolean;
}

/**
 * The one place a voice input's words are shown or withheld. Hidden when withheld for safeguarding
 * (unless `reveal`, the lead's view) and, with review on, until a practitioner has read them (unless
 * the viewer `readsUnread`, see {@link readsUnreadWords}). Fails closed: a row selected without its
 * review columns counts as unread under review. Erased words are null for everyone, safeguarding
 * leads included (there is nothing left to reveal).
 */
/**
 * Whether a voice's words are held back from this reader: erased, withheld for safeguarding (unless
 * revealed to a lead), or not yet read by a practitioner while the organisation reviews free text.
 */
export function wordsHeld(words: { erased: boolean; withheld: boolean; reviewed: boolean; reviewOn: boolean }, reveal = false, readsUnread = false): boolean {
  return words.erased || (words.withheld && !reveal) || (words.reviewOn && !words.reviewed && !reveal && !readsUnread);
}

export function toVoiceView(row: VoiceRow, reveal = false, readsUnread = false): VoiceInputView {
  const reviewed = row.reviewed_at != null;
  const erased = row.erased_at != null;
  const held = wordsHeld({ erased, withheld: row.withheld, reviewed, reviewOn: row.review_on !== false }, reveal, readsUnread);
  return {
    id: row.id,
    kind: row.kind,
    text: held ? null : row.text,
    erased,
    reviewed,
    // Due two working days after the words arrived, while they wait to be read.
    reviewDueBy: row.review_on !== false && !reviewed && !row.withheld ? addWorkingDays(new Date(row.created_at), 2) : null,
    withheld: row.withheld,
    ageBand: row.age_band,
    channel: row.channel,
    capture: row.capture,
    createdAt: new Date(row.created_at),
    sourceTitle: row.source_title,
    // Withheld like the words: who said it is part of what is under review.
    speakerLabel: held ? null : (row.speaker_label ?? null),
    consentToQuote: row.consent_to_quote ?? false,
    language: row.language ?? null,
  };
}

/** Prefix match on every word: "bull" finds "bullying". */
function searchQuery(search: string): string | null {
  const terms = search
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase())
    .filter(Boolean)
    .slice(0, 8);
  return terms.length ? terms.map((t) => `${t}:*`).join(' & ') : null;
}

/** Builds the WHERE clause shared by a page and its total. */
function whereFor(actor: Actor, filter: InputFilter): { sql: string; params: unknown[] } {
  const readsUnread = readsUnreadWords(actor);
  const clauses = ['v.organisation_id = ?'];
  const params: unknown[] = [actor.organisationId];
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.serviceId) add('v.service_id = ?', filter.serviceId);
  if (filter.kind) add('v.kind = ?', filter.kind);
  if (filter.ageBand) add('v.age_band = ?', filter.ageBand);
  if (filter.surveyId) add('v.survey_id = ?', filter.surveyId);
  if (filter.questionId) add('v.question_id = ?', filter.questionId);
  if (filter.eventId) add('v.event_id = ?', filter.eventId);
  if (filter.themeId) add('exists (select 1 from theme_input ti where ti.input_id = v.id and ti.theme_id = ?)', filter.themeId);
  if (filter.untagged) add('not exists (select 1 from theme_input ti where ti.input_id = v.id)');
  if (filter.search) {
    if (filter.search.length > 200) throw badInput('filter.search', 'Search for at most 200 characters.');
    const query = searchQuery(filter.search);
    // Withheld and erased words are never searchable, nor unread ones by those who may not read them: a match would reveal them.
    if (query) add(`${readsUnread ? 'not v.withheld' : WORDS_RELEASED_SQL} and v.erased_at is null and to_tsvector('simple', v.text) @@ to_tsquery('simple', ?)`, query);
  }
  return { sql: clauses.join(' and '), params };
}

/**
 * For text answers listed with their age band: whether the band of a text to question `q` of a
 * survey may be shown, which is when that band's view is shown and its count of answers to `q` is
 * published — otherwise counting the listed texts by band would give the withheld count away.
 * `refusal` gives the reason when it may not.
 */
export interface TextBandRelease {
  shown(surveyId: string, questionId: string, band: Band): boolean;
  refusal(surveyId: string, questionId: string, band: Band): CodedError;
}

type TextBandReleaseFor = (em: EntityManager, actor: Actor, surveyIds: string[]) => Promise<TextBandRelease>;
let textBandRelease: TextBandReleaseFor | null = null;

/**
 * Surveys' results decide which bands of their text answers may be listed; surveys/ provides that
 * rule here when it loads, so voices/ (a meeting place) imports no feature.
 */
export function provideTextBandRelease(rule: TextBandReleaseFor): void {
  textBandRelease = rule;
}

function releaseOf(em: EntityManager, actor: Actor, surveyIds: string[]): Promise<TextBandRelease> {
  // Without the rule every band would be listed: fail rather than guess.
  if (!textBandRelease) throw new Error('listing voices by age band needs the surveys\' release rule');
  return textBandRelease(em, actor, surveyIds);
}

/**
 * The organisation's voice inputs, newest first, filtered and paged (keyset on created_at, id),
 * with the total for the filter. Withheld words come back as null.
 *
 * A survey answer's age band is part of what the survey's results release: it is shown only where
 * that band's count of answers to the question is published (the rule surveys/ provides), else null,
 * so counting listed texts by band cannot recover a suppressed count. Filtering by an age band that
 * would select such texts is refused (BAD_USER_INPUT on `filter.ageBand`, with the reason), or,
 * with `smallBand: 'empty'` (a band view's own list of texts), gives an empty list.
 */
export async function listInputs(
  em: EntityManager,
  actor: Actor,
  filter: InputFilter,
  first: number | null,
  after: string | null,
  smallBand: 'refuse' | 'empty' = 'refuse',
) {
  const size = pageSize(first);
  const cursor = decodeCursor(after);
  const where = whereFor(actor, filter);
  const conn = em.getConnection();
  if (filter.ageBand) {
    const cells = await conn.execute<Array<{ survey_id: string; question_id: string }>>(
      `select distinct v.survey_id, v.question_id from voice_input v where ${where.sql} and v.survey_id is not null and v.question_id is not null`,
      where.params,
    );
    const release = await releaseOf(em, actor, cells.map((c) => c.survey_id));
    const hidden = cells.find((c) => !release.shown(c.survey_id, c.question_id, filter.ageBand as Band));
    if (hidden && smallBand === 'empty') return { ...connectionFrom([] as VoiceRow[], size, () => ({ at: new Date(0), id: '' }), toVoiceView), totalCount: 0 };
    if (hidden) throw release.refusal(hidden.survey_id, hidden.question_id, filter.ageBand as Band);
  }
  const [rows, total] = await Promise.all([
    conn.execute<Array<VoiceRow & { survey_id: string | null; question_id: string | null }>>(
      `select ${VOICE_COLUMNS}, v.survey_id, v.question_id from voice_input v
        where ${where.sql} ${cursor ? 'and (v.created_at, v.id) < (?, ?)' : ''}
        order by v.created_at desc, v.id desc limit ?`,
      [...where.params, ...(cursor ? [cursor.at, cursor.id] : []), size + 1],
    ),
    conn.execute<Array<{ n: number }>>(`select count(*)::int as n from voice_input v where ${where.sql}`, where.params),
  ]);
  const readsUnread = readsUnreadWords(actor);
  const surveyRows = rows.filter((r) => r.survey_id && r.question_id && r.age_band);
  if (surveyRows.length > 0) {
    const release = await releaseOf(em, actor, surveyRows.map((r) => r.survey_id!));
    for (const r of surveyRows) if (!release.shown(r.survey_id!, r.question_id!, r.age_band as Band)) r.age_band = null;
  }
  return { ...connectionFrom(rows, size, (r) => ({ at: new Date(r.created_at), id: r.id }), (r) => toVoiceView(r, false, readsUnread)), totalCount: total[0].n };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../shared/context.js';
import { badInput } from '../shared/errors.js';
import { connectionFrom, decodeCursor, pageSize } from '../shared/pagination.js';
import type { InputFilter, VoiceInputView } from './voice-input.type.js';

/** Columns every voice-input list selects. */
export const VOICE_COLUMNS = 'v.id, v.kind, v.text, v.withheld, v.age_band, v.channel, v.capture, v.created_at, v.source_title, v.speaker_label, v.consent_to_quote, v.erased_at';

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
  /** Set once the words were erased; optional so rows selected without it still read. */
  erased_at?: Date | string | null;
}

/**
 * The one place a voice input's words are shown or withheld. Erased words are null for everyone,
 * safeguarding leads included (there is nothing left to reveal).
 */
export function toVoiceView(row: VoiceRow, reveal = false): VoiceInputView {
  const erased = row.erased_at != null;
  const hidden = erased || (row.withheld && !reveal);
  return {
    id: row.id,
    kind: row.kind,
    text: hidden ? null : row.text,
    erased,
    withheld: row.withheld,
    ageBand: row.age_band,
    channel: row.channel,
    capture: row.capture,
    createdAt: new Date(row.created_at),
    sourceTitle: row.source_title,
    // Withheld like the words: who said it is part of what is under review.
    speakerLabel: hidden ? null : (row.speaker_label ?? null),
    consentToQuote: row.consent_to_quote ?? false,
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
    // Withheld words are never searchable: a match would reveal them.
    if (query) add(`not v.withheld and v.erased_at is null and to_tsvector('simple', v.text) @@ to_tsquery('simple', ?)`, query);
  }
  return { sql: clauses.join(' and '), params };
}

/**
 * The organisation's voice inputs, newest first, filtered and paged (keyset on created_at, id),
 * with the total for the filter. Withheld words come back as null.
 */
export async function listInputs(em: EntityManager, actor: Actor, filter: InputFilter, first: number | null, after: string | null) {
  const size = pageSize(first);
  const cursor = decodeCursor(after);
  const where = whereFor(actor, filter);
  const conn = em.getConnection();
  const [rows, total] = await Promise.all([
    conn.execute<VoiceRow[]>(
      `select ${VOICE_COLUMNS} from voice_input v
        where ${where.sql} ${cursor ? 'and (v.created_at, v.id) < (?, ?)' : ''}
        order by v.created_at desc, v.id desc limit ?`,
      [...where.params, ...(cursor ? [cursor.at, cursor.id] : []), size + 1],
    ),
    conn.execute<Array<{ n: number }>>(`select count(*)::int as n from voice_input v where ${where.sql}`, where.params),
  ]);
  return { ...connectionFrom(rows, size, (r) => ({ at: new Date(r.created_at), id: r.id }), (r) => toVoiceView(r)), totalCount: total[0].n };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { endSessionsOf } from '../identity/identity.service.js';
import { performAction } from '../shared/audit.js';
import { requireRole, sameOrganisation } from '../shared/auth.js';
import type { Actor } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { badInput, notFound } from '../shared/errors.js';
import { eraseInputs } from '../voices/erasure.js';
import { isUuid } from '../shared/input-guard.js';

const PEOPLE = [Role.PARTICIPANT, Role.FORUM_MEMBER];

/**
 * Every voice input a participant or forum member gave: what they wrote signed in (comments, vote
 * reasons, answers) and the text answers of survey responses made under their account. This
 * feature reads other features' tables by SQL rather than importing them, so it stands beside them.
 */
const INPUTS_OF = `select v.id from voice_input v
  where v.organisation_id = ? and (v.author_id = ? or v.response_id in (select r.id from survey_response r where r.participant_id = ?))`;

async function findPerson(em: EntityManager, actor: Actor, accountId: string): Promise<Account> {
  if (!isUuid(accountId)) throw notFound('Participant');
  return sameOrganisation(actor, await em.findOne(Account, { id: accountId, role: { $in: PEOPLE } }), 'Participant');
}

/**
 * ADMIN: erases every word a participant or forum member said (voices/erasure.ts: words a
 * safeguarding concern holds stay with it), forgets any follow-up email address given on their
 * receipts and their in-app notices, and ends their account — display name gone, sessions ended,
 * sign-in codes revoked.
 * Their votes stay counted, held by an account that now says nothing about who it was; coded
 * answers and counts stay. Audited with the reason and how many texts (never the words). NOT_FOUND
 * for anyone not a participant or forum member of the admin's organisation; BAD_USER_INPUT on
 * `reason` when it is empty or over 500 characters. Erasing someone already erased changes nothing.
 */
export async function eraseParticipant(em: EntityManager, actor: Actor, accountId: string, reason: string): Promise<boolean> {
  requireRole(actor, [Role.ADMIN]);
  const why = reason.trim();
  if (!why) throw badInput('reason', 'Say why (for example, "asked by their parent on 3 December").');
  if (why.length > 500) throw badInput('reason', 'Keep the reason to 500 characters.');
  const person = await findPerson(em, actor, accountId);
  const conn = em.getConnection();
  const [left] = await conn.execute<Array<{ n: number }>>(`select count(*)::int as n from (${INPUTS_OF}) x join voice_input v on v.id = x.id where v.erased_at is null`, [
    actor.organisationId,
    person.id,
    person.id,
  ]);
  // Already erased and ended: a retry writes nothing and no second audit row.
  if (person.deactivatedAt && person.displayName === null && left.n === 0) return true;
  const now = new Date();
  const details: Record<string, unknown> = { reason: why };
  await performAction(
    em,
    actor,
    'eraseParticipant',
    async (tx) => {
      const account = await tx.findOneOrFail(Account, person.id);
      const ids = (await tx.getConnection().execute<Array<{ id: string }>>(INPUTS_OF, [actor.organisationId, account.id, account.id])).map((r) => r.id);
      const result = await eraseInputs(tx, actor.organisationId, ids, 'ADMIN', now);
      details.erased = result.erased.length;
      details.keptForSafeguarding = result.keptForSafeguarding;
      await tx.getConnection().execute('delete from receipt_follow where response_id in (select id from survey_response where participant_id = ?)', [account.id]);
      await tx.getConnection().execute('update access_code set revoked_at = ? where account_id = ? and revoked_at is null', [now, account.id]);
      // In-app notices about proposals they voted on: theirs alone, of no use once the account ends.
      await tx.getConnection().execute('delete from notification where account_id = ?', [account.id]);
      account.displayName = null;
      account.deactivatedAt ??= now;
      await endSessionsOf(tx, account.id);
      return account;
    },
    details,
  );
  return true;
}

/** Timestamps as ISO 8601 (raw queries return PostgreSQL's text form), every other value as it is. */
function withIsoTimes<T extends Record<string, unknown>>(row: T): T {
  const out: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(out)) {
    if (value instanceof Date) out[key] = value.toISOString();
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}(:?\d{2})?|Z)$/.test(value)) out[key] = new Date(value.replace(/([+-]\d{2})$/, '$1:00')).toISOString();
  }
  return out as T;
}

/** Everything Heard holds about one participant or forum member (see exportParticipant). */
export interface ParticipantExport {
  exportedAt: string;
  organisation: string;
  notes: string[];
  account: Record<string, unknown>;
  words: Array<Record<string, unknown>>;
  surveyResponses: Array<Record<string, unknown>>;
  votes: Array<Record<string, unknown>>;
  comments: Array<Record<string, unknown>>;
  followUpEmails: Array<Record<string, unknown>>;
  sessions: Array<Record<string, unknown>>;
  notifications: Array<Record<string, unknown>>;
  audit: Array<Record<string, unknown>>;
}

/**
 * ADMIN: everything Heard holds about one participant or forum member, for a subject access
 * request: their account, words (text, or why there is none), survey responses with receipt codes
 * and coded answers, votes, comments, follow-up email addresses, sessions, in-app notices, and every audit row
 * about them or their records (who did or viewed what, when). Words under safeguarding review are
 * listed without the words: whether to disclose them is the safeguarding lead's decision (UK GDPR
 * allows withholding what would cause serious harm), so the admin asks them. Audited (the export
 * itself). NOT_FOUND as for eraseParticipant.
 */
export async function exportParticipant(em: EntityManager, actor: Actor, accountId: string): Promise<ParticipantExport> {
  requireRole(actor, [Role.ADMIN]);
  const person = await findPerson(em, actor, accountId);
  const conn = em.getConnection();
  const org = actor.organisationId;
  const [[account], words, responses, answers, votes, comments, follows, sessions, notifications] = await Promise.all([
    conn.execute<Array<Record<string, unknown>>>(
      `select a.id, a.role, a.display_name as "displayName", a.age_band as "ageBand", a.created_at as "createdAt", a.deactivated_at as "deactivatedAt", f.name as forum
         from account a left join forum f on f.id = a.forum_id where a.id = ?`,
      [person.id],
    ),
    conn.execute<Array<Record<string, any>>>(
      `select v.id, v.kind, v.text, v.withheld, v.erased_at as "erasedAt", v.erased_by as "erasedBy", v.created_at as "createdAt", v.source_title as "where",
              v.channel, v.capture, v.age_band as "ageBand", v.consent_to_quote as "consentToQuote", v.response_id as "responseId",
              coalesce((select json_agg(t.label order by t.label) from theme_input ti join theme t on t.id = ti.theme_id where ti.input_id = v.id), '[]') as themes
         from voice_input v where v.id in (${INPUTS_OF}) order by v.created_at, v.id`,
      [org, person.id, person.id],
    ),
    conn.execute<Array<Record<string, unknown>>>(
      `select r.id, s.title as survey, r.submitted_at as "submittedAt", r.receipt_code as "receiptCode", r.age_band as "ageBand", r.channel, r.capture
         from survey_response r join survey s on s.id = r.survey_id where r.participant_id = ? and r.organisation_id = ? order by r.submitted_at`,
      [person.id, org],
    ),
    conn.execute<Array<{ response_id: string; prompt: string; choices: Array<{ id: string; label: string }>; choice_ids: string[] | null; scale: number | null }>>(
      `select a.response_id, q.prompt, q.choices, a.choice_ids, a.scale
         from answer a join question q on q.id = a.question_id join survey_response r on r.id = a.response_id
        where r.participant_id = ? and r.organisation_id = ? order by q.position`,
      [person.id, org],
    ),
    conn.execute<Array<Record<string, unknown>>>(
      `select p.title as proposal, v.choice, v.cast_at as "castAt", v.updated_at as "updatedAt", v.reason_id as "reasonInputId"
         from vote v join proposal p on p.id = v.proposal_id where v.member_id = ? and p.organisation_id = ? order by v.cast_at`,
      [person.id, org],
    ),
    conn.execute<Array<Record<string, unknown>>>(
      `select c.id, p.title as proposal, c.created_at as "createdAt", c.input_id as "inputId", c.hidden_at as "hiddenAt"
         from proposal_comment c join proposal p on p.id = c.proposal_id where c.author_id = ? and p.organisation_id = ? order by c.created_at`,
      [person.id, org],
    ),
    conn.execute<Array<Record<string, unknown>>>(
      `select f.email, f.language, f.created_at as "createdAt", r.receipt_code as "receiptCode"
         from receipt_follow f join survey_response r on r.id = f.response_id where r.participant_id = ?`,
      [person.id],
    ),
    conn.execute<Array<Record<string, unknown>>>(
      `select s.created_at as "createdAt", s.expires_at as "expiresAt", s.revoked_at as "revokedAt" from session s where s.account_id = ? order by s.created_at`,
      [person.id],
    ),
    conn.execute<Array<Record<string, unknown>>>(
      `select n.title, n.body, n.created_at as "createdAt", n.read_at as "readAt" from notification n where n.account_id = ? order by n.created_at`,
      [person.id],
    ),
  ]);
  const ids = [person.id, ...words.map((w) => w.id as string), ...responses.map((r) => r.id as string), ...comments.map((c) => c.id as string)];
  const concernIds = words.length
    ? (await conn.execute<Array<{ id: string }>>('select id from safeguarding_concern where input_id in (?)', [words.map((w) => w.id)])).map((c) => c.id)
    : [];
  const audit = await conn.execute<Array<Record<string, unknown>>>(
    `select e.at, e.actor, e.action, e.target_type as "targetType", e.target_id as "targetId"
       from audit_entry e where e.organisation_id = ? and e.target_id in (?) order by e.at, e.id`,
    [org, [...ids, ...concernIds]],
  );
  const [{ name }] = await conn.execute<Array<{ name: string }>>('select name from organisation where id = ?', [org]);
  const result: ParticipantExport = {
    exportedAt: new Date().toISOString(),
    organisation: name,
    notes: [
      'Words marked "withheld" are under safeguarding review: ask the safeguarding lead whether they can be disclosed before sending this.',
      'Words marked "erased" were erased on request or by the retention rule; Heard no longer holds them.',
      'Votes are counted anonymously; this list is the only place they are linked to this person.',
    ],
    account: withIsoTimes(account!),
    words: words.map(withIsoTimes).map((w) => ({
      ...w,
      text: w.erasedAt || w.withheld ? null : w.text,
      status: w.erasedAt ? 'erased' : w.withheld ? 'withheld' : 'held',
    })),
    surveyResponses: responses.map(withIsoTimes).map((r) => ({
      ...r,
      answers: answers
        .filter((a) => a.response_id === r.id)
        .map((a) => ({
          question: a.prompt,
          choices: a.choice_ids ? a.choice_ids.map((id) => a.choices.find((c) => c.id === id)?.label ?? id) : null,
          scale: a.scale,
        })),
    })),
    votes: votes.map(withIsoTimes),
    comments: comments.map(withIsoTimes),
    followUpEmails: follows.map(withIsoTimes),
    sessions: sessions.map(withIsoTimes),
    notifications: notifications.map(withIsoTimes),
    audit: audit.map(withIsoTimes),
  };
  await performAction(em, actor, 'exportParticipant', async () => person, { words: words.length, responses: responses.length, votes: votes.length });
  return result;
}

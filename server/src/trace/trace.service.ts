import type { EntityManager, PostgreSqlConnection } from '@mikro-orm/postgresql';
import { organisationSettings } from '../identity/settings.service.js';
import { Proposal } from '../proposals/proposal.entity.js';
import type { Actor, AppState } from '../shared/context.js';
import { effectiveThreshold, roundCount, snapToMonths, suppressRounded } from '../shared/disclosure.js';
import { InputKind } from '../shared/enums.js';
import { textIn } from '../shared/language.js';
import { badInput, notFound } from '../shared/errors.js';
import { readsUnreadWords, toVoiceView, VOICE_COLUMNS, type VoiceRow } from '../voices/voice-input.service.js';
import { CHANGE_COLUMNS, changeFromRow, DECISION_COLUMNS, decisionFromRow, type ChangeRow, type DecisionRow } from './decision.types.js';
import { decisionsOfInputsSql } from './evidence.sql.js';
import { isFollowed, responseForCode } from './follow.service.js';
import { isUuid } from '../shared/input-guard.js';
import { THEME_COLUMNS, themeFromRow, type ThemeRow } from './theme.types.js';
import { FlowNodeKind, TraceLinkKind, type FlowLink, type FlowNode, type InfluenceReport, type ReceiptTrace, type Trace, type TraceFlow, type TraceLink } from './trace.types.js';
import { openTransaction } from '../shared/tenancy.js';

const DAY_MS = 24 * 3600_000;

/** The organisation's suppression threshold, never below the floor. */
export async function thresholdOf(em: EntityManager, organisationId: string): Promise<number> {
  return effectiveThreshold((await organisationSettings(em, organisationId)).suppressionThreshold);
}

/**
 * The SQL behind `trace`: ONE statement (one round trip) that follows an input through every
 * link, each branch on its index — theme_input(input_id), proposal_theme(theme_id),
 * decision_input(input_id), decision_theme(theme_id), decision_proposal(proposal_id),
 * service_change(decision_id). Exported for the benchmark's EXPLAIN. Parameters: input id,
 * organisation id, organisation id.
 */
export const TRACE_SQL = `with inp as (
    select ${VOICE_COLUMNS}, v.proposal_id from voice_input v where v.id = ? and v.organisation_id = ?
  ), tags as (
    select ti.theme_id, ti.tagged_at, ti.tagged_by_id from theme_input ti where ti.input_id = (select id from inp)
  ), insp as (
    select pt.theme_id, pt.proposal_id, pt.linked_at, pt.linked_by_id from proposal_theme pt where pt.theme_id in (select theme_id from tags)
  ), props as (
    select proposal_id from insp union select proposal_id from inp where proposal_id is not null
  ), cited as (
    select di.decision_id, di.input_id as from_id, di.linked_at, di.linked_by_id from decision_input di where di.input_id = (select id from inp)
    union all select dt.decision_id, dt.theme_id, dt.linked_at, dt.linked_by_id from decision_theme dt where dt.theme_id in (select theme_id from tags)
    union all select dp.decision_id, dp.proposal_id, dp.linked_at, dp.linked_by_id from decision_proposal dp where dp.proposal_id in (select proposal_id from props)
  ), chg as (
    select ${CHANGE_COLUMNS}, c.created_at, c.created_by_id from service_change c where c.decision_id in (select decision_id from cited)
  )
  select
    (select row_to_json(inp) from inp) as input,
    (select coalesce(json_agg(x order by x.tagged_at, x.id), '[]') from (
       select ${THEME_COLUMNS}, tags.tagged_at, a.display_name as by from tags join theme t on t.id = tags.theme_id left join account a on a.id = tags.tagged_by_id) x) as themes,
    (select coalesce(json_agg(x order by x.linked_at), '[]') from (
       select insp.theme_id, insp.proposal_id, insp.linked_at, a.display_name as by from insp left join account a on a.id = insp.linked_by_id) x) as inspired,
    (select coalesce(json_agg(p order by p.created_at, p.id), '[]') from proposal p where p.id in (select proposal_id from props) and p.organisation_id = ?) as proposals,
    (select coalesce(json_agg(x order by x.decided_at, x.id, x.linked_at), '[]') from (
       select ${DECISION_COLUMNS}, cited.from_id, cited.linked_at, a.display_name as by
         from cited join decision d on d.id = cited.decision_id left join account a on a.id = cited.linked_by_id) x) as cited,
    (select coalesce(json_agg(x order by x.created_at, x.id), '[]') from (
       select chg.*, a.display_name as by from chg left join account a on a.id = chg.created_by_id) x) as changes`;

interface TraceRow {
  input: (VoiceRow & { proposal_id: string | null }) | null;
  themes: Array<ThemeRow & { tagged_at: string; by: string | null }>;
  inspired: Array<{ theme_id: string; proposal_id: string; linked_at: string; by: string | null }>;
  proposals: Array<Record<string, unknown>>;
  cited: Array<DecisionRow & { from_id: string; linked_at: string; by: string | null }>;
  changes: Array<ChangeRow & { created_at: string; by: string | null }>;
}

/**
 * Everything one voice input led to: its themes, the proposals they (or it) inspired, the decisions
 * resting on any of those, and the changes that followed, with every link (when, and which member
 * of staff made it). The input's words stay withheld while under safeguarding review. Another
 * organisation's input is NOT_FOUND.
 */
export async function traceInput(em: EntityManager, actor: Actor, inputId: string): Promise<Trace> {
  if (!isUuid(inputId)) throw notFound('Input');
  // A named (prepared) statement: PostgreSQL plans it once per connection, not on every trace —
  // planning this statement costs more than running it.
  const knex = (em.getConnection() as PostgreSqlConnection).getKnex();
  const query = knex.raw(TRACE_SQL, [inputId, actor.organisationId, actor.organisationId]).options({ name: 'heard_trace_input' });
  const trx = openTransaction(em);
  const result = await (trx ? query.transacting(trx) : query);
  const [row] = result.rows as TraceRow[];
  const input = row?.input;
  if (!input) throw notFound('Input');
  const links: TraceLink[] = [
    ...row.themes.map((t) => ({ kind: TraceLinkKind.TAGGED, fromId: input.id, toId: t.id, at: new Date(t.tagged_at), by: t.by })),
    ...row.inspired.map((l) => ({ kind: TraceLinkKind.INSPIRED, fromId: l.theme_id, toId: l.proposal_id, at: new Date(l.linked_at), by: l.by })),
    ...(input.proposal_id ? [{ kind: TraceLinkKind.SAID_ON, fromId: input.id, toId: input.proposal_id, at: new Date(input.created_at), by: null }] : []),
    ...row.cited.map((c) => ({ kind: TraceLinkKind.CITED, fromId: c.from_id, toId: c.id, at: new Date(c.linked_at), by: c.by })),
    ...row.changes.map((c) => ({ kind: TraceLinkKind.FOLLOWED, fromId: c.decision_id, toId: c.id, at: new Date(c.created_at), by: c.by })),
  ];
  const decisions = new Map(row.cited.map((c) => [c.id, c]));
  return {
    input: toVoiceView(input, false, readsUnreadWords(actor)),
    themes: row.themes.map(themeFromRow),
    // Entities, as the proposal resolvers expect (em.map turns the raw rows into managed entities).
    proposals: row.proposals.map((p) => em.map(Proposal, p)),
    decisions: [...decisions.values()].map(decisionFromRow),
    changes: row.changes.map(changeFromRow),
    links: links.sort((a, b) => a.at.getTime() - b.at.getTime()),
  };
}

/**
 * Public: what happened to the answers behind a receipt code — the themes they went into and the
 * published decisions resting on them, with "you said, we did", why, and the status of each
 * resulting change. Never the words themselves, nothing about anyone else, no staff names. An
 * unknown code is null and counts towards the caller's IP limit (RATE_LIMITED past it). The survey's
 * title is in `language` where it was translated, else in the survey's own.
 */
export async function receiptFor(em: EntityManager, app: AppState, ip: string, code: string, language?: string | null): Promise<ReceiptTrace | null> {
  const response = await responseForCode(em, app, ip, code);
  if (!response) return null;
  const conn = em.getConnection();
  const inputs = await conn.execute<Array<{ id: string }>>('select id from voice_input where response_id = ?', [response.id]);
  const ids = inputs.map((i) => i.id);
  const [themes, decisionRows, emailUpdates] = await Promise.all([
    ids.length
      ? conn.execute<Array<{ label: string }>>(
          `select t.label from theme t where t.id in (select ti.theme_id from theme_input ti where ti.input_id in (?)) order by lower(t.label)`,
          [ids],
        )
      : [],
    ids.length
      ? conn.execute<DecisionRow[]>(
          `select ${DECISION_COLUMNS} from decision d
            where d.published and d.organisation_id = ? and d.id in (${decisionsOfInputsSql('in (?)')})
            order by d.decided_at, d.id`,
          [response.organisation_id, ids, ids, ids, ids],
        )
      : [],
    isFollowed(em, response.id),
  ]);
  const changes = decisionRows.length
    ? await conn.execute<Array<{ decision_id: string; title: string; status: ReceiptTrace['outcomes'][number]['changes'][number]['status'] }>>(
        'select c.decision_id, c.title, c.status from service_change c where c.decision_id in (?) order by c.created_at, c.id',
        [decisionRows.map((d) => d.id)],
      )
    : [];
  return {
    submittedAt: new Date(response.submitted_at),
    sourceTitle: textIn(response.title, response, 'title', language),
    themes: themes.map((t) => t.label),
    outcomes: decisionRows.map((d) => ({
      title: d.title,
      outcome: d.outcome,
      decidedAt: new Date(d.decided_at),
      youSaidWeDid: d.you_said_we_did,
      rationale: d.rationale,
      amendedAt: d.amended_at ? new Date(d.amended_at) : null,
      changes: changes.filter((c) => c.decision_id === d.id).map((c) => ({ title: c.title, status: c.status })),
    })),
    emailUpdates,
  };
}

/** A service of the actor's organisation (else BAD_USER_INPUT on `serviceId`), without loading it. */
async function ownServiceId(em: EntityManager, actor: Actor, serviceId: string): Promise<void> {
  const rows = isUuid(serviceId)
    ? await em.getConnection().execute<unknown[]>('select 1 from service where id = ? and organisation_id = ?', [serviceId, actor.organisationId])
    : [];
  if (!rows.length) throw badInput('serviceId', 'Choose one of your organisation’s services.');
}

/** A period [from, to): up to now, a year back by default; from must come before to. */
export function period(from: Date | null | undefined, to: Date | null | undefined): { from: Date; to: Date } {
  if ((from && Number.isNaN(from.getTime())) || (to && Number.isNaN(to.getTime()))) throw badInput('from', 'Give a valid date.');
  // PostgreSQL has no year 0 (a year-1 end with the default one-year start would fail as internal).
  for (const [field, date] of [['from', from], ['to', to]] as const) {
    if (date && (date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999)) throw badInput(field, 'Give a date between 1900 and 9999.');
  }
  if (from && to && from.getTime() >= to.getTime()) throw badInput('from', 'The start of the period must come before its end.');
  // Whole months only (the default is the twelve months to the end of this one): two overlapping
  // windows can then differ only by whole months, each of which is released rounded on its own.
  const end = snapToMonths(to ?? new Date(), to ?? new Date()).to;
  const snapped = snapToMonths(from ?? new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 12, 1)), end);
  if (snapped.to.getTime() - snapped.from.getTime() > 20 * 366 * DAY_MS) throw badInput('from', 'Choose a period of at most 20 years.');
  return snapped;
}

/**
 * The SQL behind `influence`: for each input of the period (one service, or the organisation) that
 * a decision rests on, when it was said and the first moment a decision rested on it — cited
 * directly, via a theme it is tagged to (directly or through a proposal the theme inspired; not
 * before it was tagged), or said on a cited proposal — as `linked (id, created_at, first_at)`; and
 * the period's inputs by month as `months (month, n)`. The first decision per theme and per proposal
 * are computed once (a few hundred rows); the tagged inputs of a service and period come from one
 * index (theme_input_input_service_created), a service's inputs by month from another
 * (voice_input_service_id_created_at_index, index-only), and comments and vote reasons from a
 * partial one (voice_input_proposal_voices). With a service, it has been checked to be the
 * organisation's. Exported for the benchmark's EXPLAIN; parameters from {@link influenceParams}.
 */
export function influenceSql(withService: boolean): string {
  const inputs = (v: string) =>
    withService ? `${v}.service_id = ? and ${v}.created_at >= ? and ${v}.created_at < ?` : `${v}.organisation_id = ? and ${v}.created_at >= ? and ${v}.created_at < ?`;
  return `with dec as materialized (
      select id, decided_at from decision where organisation_id = ?
    ), theme_first as materialized (
      select theme_id, min(at) as at from (
        select dt.theme_id, d.decided_at as at from decision_theme dt join dec d on d.id = dt.decision_id
        union all
        select pt.theme_id, d.decided_at from decision_proposal dp join dec d on d.id = dp.decision_id join proposal_theme pt on pt.proposal_id = dp.proposal_id
      ) x group by theme_id
    ), proposal_first as materialized (
      select dp.proposal_id, min(d.decided_at) as at from decision_proposal dp join dec d on d.id = dp.decision_id group by dp.proposal_id
    ), months as (
      select date_trunc('month', v.created_at) as month, count(*)::int as n from voice_input v where ${inputs('v')} group by 1
    ), ${
      withService
        ? // The service's tagged inputs in the period, read once from their covering index, then
          // matched to the themes' first decisions (not the index probed once per theme).
          `tagged as materialized (
      select ti.theme_id, ti.input_id, ti.input_created_at, ti.tagged_at from theme_input ti
       where ti.input_service_id = ? and ti.input_created_at >= ? and ti.input_created_at < ?
    ),`
        : ''
    } linked as (
      select id, min(created_at) as created_at, min(at) as first_at from (
        select ti.input_id as id, ti.input_created_at as created_at, greatest(tf.at, ti.tagged_at) as at
          from ${withService ? 'tagged' : 'theme_input'} ti join theme_first tf on tf.theme_id = ti.theme_id
         ${withService ? '' : 'where ti.input_created_at >= ? and ti.input_created_at < ?'}
        union all
        select v.id, v.created_at, d.decided_at from decision_input di join dec d on d.id = di.decision_id join voice_input v on v.id = di.input_id
         where ${inputs('v')}
        union all
        select v.id, v.created_at, pf.at from proposal_first pf join voice_input v on v.proposal_id = pf.proposal_id and v.proposal_id is not null
         where ${inputs('v')}
      ) x group by id
    )`;
}

/** The parameters of {@link influenceSql}, in order. */
export function influenceParams(organisationId: string, serviceId: string | null, from: Date, to: Date): unknown[] {
  const scope = [serviceId ?? organisationId, from, to];
  // Without a service, tagged inputs are the organisation's because theme_first holds only its themes.
  return [organisationId, ...scope, ...(serviceId ? scope : [from, to]), ...scope, ...scope];
}

/**
 * How far voices went, for one service (or the organisation) over a period (default: the last
 * year): inputs; inputs a decision rests on; decisions about the service decided in the period and
 * how many rest on voices; the median days from an input to the first decision resting on it
 * (null when fewer inputs than the organisation's suppression threshold had one); changes done in
 * the period; and inputs per month, withheld under the threshold.
 */
export async function influence(em: EntityManager, actor: Actor, serviceId: string | null, from: Date | null, to: Date | null): Promise<InfluenceReport> {
  const range = period(from, to);
  if (serviceId) await ownServiceId(em, actor, serviceId);
  const conn = em.getConnection();
  const svc = serviceId ? [serviceId] : [];
  const org = actor.organisationId;
  const [months, [decisions], [changes], threshold] = await Promise.all([
    conn.execute<Array<{ month: string; inputs: number; linked: number; median: number | null; total_linked: number }>>(
      `${influenceSql(Boolean(serviceId))}, linked_months as (
         select date_trunc('month', created_at) as month, count(*)::int as n from linked group by 1
       )
       select m.month, m.n as inputs, coalesce(lm.n, 0) as linked, (select count(*)::int from linked) as total_linked,
              (select percentile_cont(0.5) within group (order by greatest(0, extract(epoch from first_at - created_at) / 86400)) from linked) as median
         from months m left join linked_months lm on lm.month = m.month order by m.month`,
      influenceParams(org, serviceId, range.from, range.to),
    ),
    conn.execute<Array<{ decisions: number; citing: number }>>(
      `select count(*)::int as decisions,
              count(*) filter (where exists (select 1 from decision_theme x where x.decision_id = d.id)
                                  or exists (select 1 from decision_proposal x where x.decision_id = d.id)
                                  or exists (select 1 from decision_input x where x.decision_id = d.id))::int as citing
         from decision d
        where d.organisation_id = ? and d.decided_at >= ? and d.decided_at < ?
          ${serviceId ? 'and (d.service_id = ? or exists (select 1 from service_change c where c.decision_id = d.id and c.service_id = ?))' : ''}`,
      [org, range.from, range.to, ...svc, ...svc],
    ),
    conn.execute<Array<{ n: number }>>(
      `select count(*)::int as n from service_change c
        where c.organisation_id = ? and c.status = 'DONE' ${serviceId ? 'and c.service_id = ?' : ''}
          and (select max(u.at) from change_update u where u.change_id = c.id and u.status = 'DONE') >= ?
          and (select max(u.at) from change_update u where u.change_id = c.id and u.status = 'DONE') < ?`,
      [org, ...svc, range.from, range.to],
    ),
    thresholdOf(em, org),
  ]);
  // Periods overlap and a service's figures sit inside the organisation's, so no figure about people
  // is computed from the raw total: each month is rounded on its own and a period is the sum of its
  // rounded months. Any window an attacker asks for is then a sum of numbers they already hold, and
  // each month stays within its own rounding range whatever they combine (test/disclosure-periods).
  const released = months.map((m) => ({ month: new Date(m.month), inputs: roundCount(m.inputs), linked: roundCount(m.linked) }));
  const inputs = released.reduce((n, m) => n + m.inputs, 0);
  const linked = months[0]?.total_linked ?? 0;
  const median = months[0]?.median ?? null;
  // Decisions and changes are the organisation's own acts and stay exact.
  return {
    inputs,
    inputsLinkedToDecision: released.reduce((n, m) => n + m.linked, 0),
    decisions: decisions.decisions,
    decisionsCitingVoices: decisions.citing,
    // A median of a handful of inputs tells too much about each of them.
    medianDaysToFeedback: median !== null && linked >= threshold ? Math.round(Number(median) * 10) / 10 : null,
    changesDone: changes.n,
    from: range.from,
    to: range.to,
    // Not withheld as well: "under the threshold" is itself a bound that, beside rounded sums, can
    // pin a month (test/disclosure-periods shows it); a rounded 5 already stands for 1 to 7.
    months: released.map((m) => ({ ...m, suppressed: false })),
    suppressionThreshold: threshold,
  };
}

const KIND_LABEL: Record<InputKind, string> = {
  [InputKind.SURVEY_ANSWER]: 'Survey answers',
  [InputKind.EVENT_CONTRIBUTION]: 'Event contributions',
  [InputKind.PROPOSAL_COMMENT]: 'Proposal comments',
  [InputKind.VOTE_REASON]: 'Vote reasons',
};

/** The most themes a flow diagram shows (those with decisions first, then the biggest). */
export const MAX_FLOW_THEMES = 15;

/**
 * The chain from voices to changes for a service (or the organisation) over a period, as a flow:
 * sources (kinds of input) → themes → proposals → decisions → changes, each link carrying the number
 * of voices behind it, withheld under the organisation's suppression threshold.
 */
export async function traceFlow(em: EntityManager, actor: Actor, serviceId: string | null, from: Date | null, to: Date | null): Promise<TraceFlow> {
  const range = period(from, to);
  if (serviceId) await ownServiceId(em, actor, serviceId);
  const conn = em.getConnection();
  const org = actor.organisationId;
  const svc = serviceId ? [serviceId] : [];
  const threshold = await thresholdOf(em, org);
  const tagged = await conn.execute<Array<{ kind: InputKind; theme_id: string; label: string; n: number }>>(
    `select v.kind, t.id as theme_id, t.label, count(*)::int as n
       from voice_input v join theme_input ti on ti.input_id = v.id join theme t on t.id = ti.theme_id
      where v.organisation_id = ? ${serviceId ? 'and v.service_id = ?' : ''} and v.created_at >= ? and v.created_at < ?
      group by v.kind, t.id, t.label`,
    [org, ...svc, range.from, range.to],
  );
  const themeTotals = new Map<string, { label: string; n: number }>();
  for (const r of tagged) themeTotals.set(r.theme_id, { label: r.label, n: (themeTotals.get(r.theme_id)?.n ?? 0) + r.n });
  const allThemeIds = [...themeTotals.keys()];
  const [inspired, themeCited] = allThemeIds.length
    ? await Promise.all([
        conn.execute<Array<{ theme_id: string; id: string; title: string; status: string }>>(
          'select pt.theme_id, p.id, p.title, p.status from proposal_theme pt join proposal p on p.id = pt.proposal_id where pt.theme_id in (?)',
          [allThemeIds],
        ),
        conn.execute<Array<{ theme_id: string; id: string; title: string; outcome: string }>>(
          'select dt.theme_id, d.id, d.title, d.outcome from decision_theme dt join decision d on d.id = dt.decision_id where dt.theme_id in (?)',
          [allThemeIds],
        ),
      ])
    : [[], []];
  const decided = new Set([...inspired.map((r) => r.theme_id), ...themeCited.map((r) => r.theme_id)]);
  const themeIds = allThemeIds
    .sort((a, b) => Number(decided.has(b)) - Number(decided.has(a)) || themeTotals.get(b)!.n - themeTotals.get(a)!.n)
    .slice(0, MAX_FLOW_THEMES);
  const shownThemes = new Set(themeIds);
  const proposalIds = [...new Set(inspired.filter((r) => shownThemes.has(r.theme_id)).map((r) => r.id))];
  const proposalCited = proposalIds.length
    ? await conn.execute<Array<{ proposal_id: string; id: string; title: string; outcome: string }>>(
        'select dp.proposal_id, d.id, d.title, d.outcome from decision_proposal dp join decision d on d.id = dp.decision_id where dp.proposal_id in (?)',
        [proposalIds],
      )
    : [];
  const decisionIds = [...new Set([...themeCited.filter((r) => shownThemes.has(r.theme_id)).map((r) => r.id), ...proposalCited.map((r) => r.id)])];
  const changes = decisionIds.length
    ? await conn.execute<Array<{ decision_id: string; id: string; title: string; status: string }>>(
        'select c.decision_id, c.id, c.title, c.status from service_change c where c.decision_id in (?) order by c.created_at',
        [decisionIds],
      )
    : [];

  const nodes = new Map<string, FlowNode>();
  const flows = new Map<string, number>();
  const add = (source: string, target: string, value: number) => flows.set(`${source}|${target}`, (flows.get(`${source}|${target}`) ?? 0) + value);
  for (const r of tagged.filter((x) => shownThemes.has(x.theme_id))) {
    nodes.set(r.kind, { id: r.kind, kind: FlowNodeKind.SOURCE, label: KIND_LABEL[r.kind], status: null });
    add(r.kind, r.theme_id, r.n);
  }
  for (const id of themeIds) nodes.set(id, { id, kind: FlowNodeKind.THEME, label: themeTotals.get(id)!.label, status: null });
  const inflow = new Map<string, number>();
  const into = (target: string, value: number) => inflow.set(target, (inflow.get(target) ?? 0) + value);
  for (const r of inspired.filter((x) => shownThemes.has(x.theme_id))) {
    nodes.set(r.id, { id: r.id, kind: FlowNodeKind.PROPOSAL, label: r.title, status: r.status });
    add(r.theme_id, r.id, themeTotals.get(r.theme_id)!.n);
    into(r.id, themeTotals.get(r.theme_id)!.n);
  }
  for (const r of themeCited.filter((x) => shownThemes.has(x.theme_id))) {
    nodes.set(r.id, { id: r.id, kind: FlowNodeKind.DECISION, label: r.title, status: r.outcome });
    add(r.theme_id, r.id, themeTotals.get(r.theme_id)!.n);
    into(r.id, themeTotals.get(r.theme_id)!.n);
  }
  for (const r of proposalCited) {
    nodes.set(r.id, { id: r.id, kind: FlowNodeKind.DECISION, label: r.title, status: r.outcome });
    add(r.proposal_id, r.id, inflow.get(r.proposal_id) ?? 0);
    into(r.id, inflow.get(r.proposal_id) ?? 0);
  }
  for (const c of changes) {
    nodes.set(c.id, { id: c.id, kind: FlowNodeKind.CHANGE, label: c.title, status: c.status });
    add(c.decision_id, c.id, inflow.get(c.decision_id) ?? 0);
  }
  const links: FlowLink[] = [...flows.entries()]
    .filter(([, value]) => value > 0)
    .map(([key, value]) => {
      const [source, target] = key.split('|');
      // Links share sources and targets (a theme's total flows on to each proposal and decision), so
      // exact values would subtract to a withheld one: every value leaves rounded, small ones withheld.
      return { source, target, ...(({ count, suppressed }) => ({ value: count, suppressed }))(suppressRounded(value, threshold)) };
    });
  return { nodes: [...nodes.values()], links, suppressionThreshold: threshold };
}

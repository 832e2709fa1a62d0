import { Proposal } from '../proposals/proposal.entity.js';
import { Service } from '../services/service.entity.js';
import type { Context } from '../shared/context.js';
import { isStaff } from '../shared/enums.js';
import { byKey, loader } from '../shared/loaders.js';
import { textIn, type TranslatableText } from '../shared/language.js';
import {
  CHANGE_COLUMNS,
  changeFromRow,
  DECISION_COLUMNS,
  decisionFromRow,
  type ChangeRow,
  type ChangeUpdateView,
  type DecisionRow,
  type DecisionView,
  type ServiceChangeView,
} from './decision.types.js';
import { evidenceSql } from './evidence.sql.js';
import { THEME_COLUMNS, themeFromRow, type ThemeRow, type ThemeView } from './theme.types.js';

/*
 * Per-request DataLoaders for the evidence chain's field resolvers: each batches its keys into one
 * query (no N+1). Each also filters what it returns by who is reading — their organisation, and
 * for decisions the published state — rather than trusting that the parent was checked: a public
 * page (youSaidWeDid) reaches these rows from another organisation's decisions.
 */

/**
 * The decisions (alias `d`) a reader may see: their own organisation's if they are its staff, and
 * anyone's published ones (the public "you said, we did" page).
 */
function visibleDecision(ctx: Context): { sql: string; param: string | null } {
  const staffOf = ctx.actor && isStaff(ctx.actor.role) ? ctx.actor.organisationId : null;
  return { sql: '(d.published or d.organisation_id = ?)', param: staffOf };
}

/** The reader's organisation, for loaders behind staff-only fields (none: nothing is returned). */
const organisationOfReader = (ctx: Context): string | null => ctx.actor?.organisationId ?? null;

/** Groups rows under each key, in key order. */
function grouped<K, R, V>(keys: readonly K[], rows: R[], key: (r: R) => K, value: (r: R) => V): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) list.push(value(r));
    else map.set(key(r), [value(r)]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

export function serviceLoader(ctx: Context) {
  return loader<string, Service | null>(ctx, 'trace.service', async (ids) => {
    const rows = await ctx.em.find(Service, { id: { $in: [...ids] } });
    return byKey(ids, rows, (r) => r.id, (r) => r, null);
  });
}

export function decisionLoader(ctx: Context) {
  return loader<string, DecisionView | null>(ctx, 'trace.decision', async (ids) => {
    const visible = visibleDecision(ctx);
    const rows = await ctx.em.getConnection().execute<DecisionRow[]>(`select ${DECISION_COLUMNS} from decision d where d.id in (?) and ${visible.sql}`, [ids, visible.param]);
    return byKey(ids, rows, (r) => r.id, decisionFromRow, null);
  });
}

/** Themes each voice input is tagged to (VoiceInput.themes). */
export function themesOfInputLoader(ctx: Context) {
  return loader<string, ThemeView[]>(ctx, 'trace.themesOfInput', async (ids) => {
    const rows = await ctx.em.getConnection().execute<Array<ThemeRow & { input_id: string }>>(
      `select ti.input_id, ${THEME_COLUMNS} from theme_input ti join theme t on t.id = ti.theme_id
        where ti.input_id in (?) and t.organisation_id = ? order by lower(t.label)`,
      [ids, organisationOfReader(ctx)],
    );
    return grouped(ids, rows, (r) => r.input_id, themeFromRow);
  });
}

export function inputCountLoader(ctx: Context) {
  return loader<string, number>(ctx, 'trace.inputCount', async (ids) => {
    const rows = await ctx.em
      .getConnection()
      .execute<Array<{ theme_id: string; n: number }>>('select theme_id, count(*)::int as n from theme_input where theme_id in (?) group by theme_id', [ids]);
    return byKey(ids, rows, (r) => r.theme_id, (r) => r.n, 0);
  });
}

/** The reader's organisation's proposals among these ids (others' are left out), by id. */
async function ownProposals(ctx: Context, proposalIds: string[]): Promise<Map<string, Proposal>> {
  const organisationId = organisationOfReader(ctx);
  if (!proposalIds.length || !organisationId) return new Map();
  const proposals = await ctx.em.find(Proposal, { id: { $in: [...new Set(proposalIds)] }, organisation: organisationId });
  return new Map(proposals.map((p) => [p.id, p]));
}

/** Proposals each theme inspired (Theme.proposals), as entities for the proposal resolvers. */
export function proposalsOfThemeLoader(ctx: Context) {
  return loader<string, Proposal[]>(ctx, 'trace.proposalsOfTheme', async (ids) => {
    const links = await ctx.em
      .getConnection()
      .execute<Array<{ theme_id: string; proposal_id: string }>>('select theme_id, proposal_id from proposal_theme where theme_id in (?) order by linked_at', [ids]);
    const byId = await ownProposals(ctx, links.map((l) => l.proposal_id));
    return grouped(ids, links.filter((l) => byId.has(l.proposal_id)), (l) => l.theme_id, (l) => byId.get(l.proposal_id)!);
  });
}

/** Decisions citing each theme (Theme.decisions), newest first. */
export function decisionsOfThemeLoader(ctx: Context) {
  return loader<string, DecisionView[]>(ctx, 'trace.decisionsOfTheme', async (ids) => {
    const visible = visibleDecision(ctx);
    const rows = await ctx.em.getConnection().execute<Array<DecisionRow & { theme_id: string }>>(
      `select dt.theme_id, ${DECISION_COLUMNS} from decision_theme dt join decision d on d.id = dt.decision_id
        where dt.theme_id in (?) and ${visible.sql} order by d.decided_at desc, d.id`,
      [ids, visible.param],
    );
    return grouped(ids, rows, (r) => r.theme_id, decisionFromRow);
  });
}

/** Themes each decision cites (Decision.themes). */
export function themesOfDecisionLoader(ctx: Context) {
  return loader<string, ThemeView[]>(ctx, 'trace.themesOfDecision', async (ids) => {
    const rows = await ctx.em.getConnection().execute<Array<ThemeRow & { decision_id: string }>>(
      `select dt.decision_id, ${THEME_COLUMNS} from decision_theme dt join theme t on t.id = dt.theme_id where dt.decision_id in (?) order by lower(t.label)`,
      [ids],
    );
    return grouped(ids, rows, (r) => r.decision_id, themeFromRow);
  });
}

/**
 * The titles of the surveys whose answers each decision rests on (Decision.surveyTitles), in
 * `language` where the survey was translated (each title falling back to the survey's own), in
 * the order the surveys were made. Titles only: no answers, no counts.
 */
export function surveyTitlesOfDecisionLoader(ctx: Context, language: string | null) {
  return loader<string, string[]>(ctx, `trace.surveyTitlesOfDecision.${language ?? ''}`, async (ids) => {
    const visible = visibleDecision(ctx);
    const rows = await ctx.em.getConnection().execute<Array<{ decision_id: string; title: string } & TranslatableText>>(
      `with ev as (${evidenceSql('in (?)')})
       select distinct on (ev.decision_id, s.created_at, s.id) ev.decision_id, s.title, s.language, s.translations
         from ev join decision d on d.id = ev.decision_id and ${visible.sql}
         join voice_input v on v.id = ev.input_id join survey s on s.id = v.survey_id
        order by ev.decision_id, s.created_at, s.id`,
      [ids, ids, ids, ids, visible.param],
    );
    return grouped(ids, rows, (r) => r.decision_id, (r) => textIn(r.title, r, 'title', language));
  });
}

/** Proposals each decision cites (Decision.proposals). */
export function proposalsOfDecisionLoader(ctx: Context) {
  return loader<string, Proposal[]>(ctx, 'trace.proposalsOfDecision', async (ids) => {
    const links = await ctx.em
      .getConnection()
      .execute<Array<{ decision_id: string; proposal_id: string }>>('select decision_id, proposal_id from decision_proposal where decision_id in (?) order by linked_at', [ids]);
    const byId = await ownProposals(ctx, links.map((l) => l.proposal_id));
    return grouped(ids, links.filter((l) => byId.has(l.proposal_id)), (l) => l.decision_id, (l) => byId.get(l.proposal_id)!);
  });
}

/** Distinct voice inputs each decision rests on (Decision.evidenceCount). */
export function evidenceCountLoader(ctx: Context) {
  return loader<string, number>(ctx, 'trace.evidenceCount', async (ids) => {
    const rows = await ctx.em
      .getConnection()
      .execute<Array<{ decision_id: string; n: number }>>(
        `select decision_id, count(*)::int as n from (${evidenceSql('in (?)')}) e group by decision_id`,
        [ids, ids, ids, ids],
      );
    return byKey(ids, rows, (r) => r.decision_id, (r) => r.n, 0);
  });
}

/** Changes following each decision (Decision.changes), oldest first. */
export function changesOfDecisionLoader(ctx: Context) {
  return loader<string, ServiceChangeView[]>(ctx, 'trace.changesOfDecision', async (ids) => {
    const rows = await ctx.em
      .getConnection()
      .execute<ChangeRow[]>(`select ${CHANGE_COLUMNS} from service_change c where c.decision_id in (?) order by c.created_at, c.id`, [ids]);
    return grouped(ids, rows, (r) => r.decision_id, changeFromRow);
  });
}

/** Dated updates of each change (ServiceChange.updates), oldest first. */
export function updatesOfChangeLoader(ctx: Context) {
  return loader<string, ChangeUpdateView[]>(ctx, 'trace.updatesOfChange', async (ids) => {
    const rows = await ctx.em
      .getConnection()
      .execute<Array<{ change_id: string; at: string; status: ChangeUpdateView['status']; note: string }>>(
        `select u.change_id, u.at, u.status, u.note from change_update u join service_change c on c.id = u.change_id
          where u.change_id in (?) and c.organisation_id = ? order by u.at, u.id`,
        [ids, organisationOfReader(ctx)],
      );
    return grouped(ids, rows, (r) => r.change_id, (r) => ({ at: new Date(r.at), status: r.status, note: r.note }));
  });
}

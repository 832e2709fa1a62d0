import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { organisationSettings } from '../identity/settings.service.js';
import { performAction } from '../shared/audit.js';
import { sameOrganisation } from '../shared/auth.js';
import type { Actor } from '../shared/context.js';
import { AgeBand, InputKind } from '../shared/enums.js';
import { badInput, conflict } from '../shared/errors.js';
import { protectCells } from '../shared/suppression.js';
import { ownService } from '../services/service.service.js';
import { Theme } from './theme.entity.js';
import { THEME_COLUMNS, themeFromRow, type CreateThemeInput, type ThemeRow, type ThemeView } from './theme.types.js';
import { isUuid } from '../shared/input-guard.js';

/** A theme of the actor's organisation, or NOT_FOUND (another organisation's theme is not revealed). */
export async function findTheme(em: EntityManager, actor: Actor, id: string): Promise<Theme> {
  return sameOrganisation(actor, await em.findOne(Theme, { id }), 'Theme');
}

/**
 * Creates a theme in the actor's organisation, optionally for one of its services. Labels are
 * unique within an organisation, ignoring case (CONFLICT on `label`). Audited.
 */
export async function createTheme(em: EntityManager, actor: Actor, input: CreateThemeInput): Promise<Theme> {
  const label = input.label.trim();
  if (!label) throw badInput('label', 'Enter a theme.');
  const service = await ownService(em, actor, input.serviceId);
  const [{ n }] = await em
    .getConnection()
    .execute<Array<{ n: number }>>('select count(*)::int as n from theme where organisation_id = ? and lower(label) = lower(?)', [actor.organisationId, label]);
  if (n > 0) throw conflict('There is already a theme with that name.', { field: 'label' });
  return performAction(em, actor, 'createTheme', async (tx) => {
    const theme = new Theme(tx.getReference(Organisation, actor.organisationId), label, tx.getReference(Account, actor.accountId));
    theme.description = input.description?.trim() || null;
    theme.service = service;
    tx.persist(theme);
    return theme;
  });
}

/** Checks that every id names a voice input of the actor's organisation that is not withheld. */
export async function checkCitableInputs(em: EntityManager, actor: Actor, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const rows = await em
    .getConnection()
    .execute<Array<{ id: string; withheld: boolean }>>(
      'select id, withheld from voice_input where organisation_id = ? and id in (?)',
      [actor.organisationId, ids],
      'all',
      em.getTransactionContext(),
    );
  const found = new Map(rows.map((r) => [r.id, r.withheld]));
  ids.forEach((id, i) => {
    if (!found.has(id)) throw badInput(`${field}.${i}`, 'That input was not found.');
    // Nobody can read a withheld input, so nobody can judge its theme: wait for the safeguarding review.
    if (found.get(id)) throw badInput(`${field}.${i}`, 'That input is under safeguarding review, so it cannot be used as evidence yet.');
  });
}

/** Ids are UUIDs: anything else cannot name a record (and must not reach a uuid column). */

/** Distinct ids, each a UUID (else BAD_USER_INPUT on `field.i`). */
export function distinctIds(ids: readonly string[] | null | undefined, field: string): string[] {
  const seen = new Set<string>();
  (ids ?? []).forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`${field}.${i}`, 'That was not found.');
    seen.add(id.toLowerCase());
  });
  return [...seen];
}

/**
 * Tags voice inputs to a theme, recording who tagged each and when. Idempotent: inputs already
 * tagged keep their first tag (who and when). Every input must belong to the actor's
 * organisation and not be withheld (BAD_USER_INPUT naming `inputIds.i`). Audited with the newly
 * tagged ids.
 */
export async function tagInputs(em: EntityManager, actor: Actor, themeId: string, inputIds: string[]): Promise<Theme> {
  const ids = distinctIds(inputIds, 'inputIds');
  if (ids.length === 0) throw badInput('inputIds', 'Choose at least one input.');
  // Filled in by the insert; performAction writes the audit row after the change runs.
  const details = { inputIds: [] as string[] };
  return performAction(
    em,
    actor,
    'tagInputs',
    async (tx) => {
      const theme = await findTheme(tx, actor, themeId);
      await checkCitableInputs(tx, actor, ids, 'inputIds');
      const rows = await tx.getConnection().execute<Array<{ input_id: string }>>(
        `insert into theme_input (theme_id, input_id, tagged_by_id, tagged_at, input_service_id, input_created_at)
         select ?, v.id, ?, now(), v.service_id, v.created_at from voice_input v where v.id in (?)
         on conflict (theme_id, input_id) do nothing returning input_id`,
        [theme.id, actor.accountId, ids],
        'all',
        tx.getTransactionContext(),
      );
      details.inputIds = rows.map((r) => r.input_id);
      return theme;
    },
    details,
  );
}

/** Removes one input from a theme (nothing happens if it was not tagged). Audited. */
export async function untagInput(em: EntityManager, actor: Actor, themeId: string, inputId: string): Promise<Theme> {
  const [id] = distinctIds([inputId], 'inputId');
  return performAction(
    em,
    actor,
    'untagInput',
    async (tx) => {
      const theme = await findTheme(tx, actor, themeId);
      await tx.getConnection().execute('delete from theme_input where theme_id = ? and input_id = ?', [theme.id, id], 'run', tx.getTransactionContext());
      return theme;
    },
    { inputId: id },
  );
}

/** The organisation's themes, by label; with a service, that service's themes only. */
export async function listThemes(em: EntityManager, actor: Actor, serviceId: string | null): Promise<ThemeView[]> {
  const rows = await em
    .getConnection()
    .execute<ThemeRow[]>(
      `select ${THEME_COLUMNS} from theme t where t.organisation_id = ? ${serviceId ? 'and t.service_id = ?' : ''} order by lower(t.label), t.id`,
      serviceId ? [actor.organisationId, serviceId] : [actor.organisationId],
    );
  return rows.map(themeFromRow);
}

/** One theme of the actor's organisation, or null. */
export async function getTheme(em: EntityManager, actor: Actor, id: string): Promise<ThemeView | null> {
  if (!isUuid(id)) return null;
  const [row] = await em
    .getConnection()
    .execute<ThemeRow[]>(`select ${THEME_COLUMNS} from theme t where t.id = ? and t.organisation_id = ?`, [id, actor.organisationId]);
  return row ? themeFromRow(row) : null;
}

export const AGE_BANDS = Object.values(AgeBand);
export const INPUT_KINDS = Object.values(InputKind);

export interface Breakdown {
  byKind: Array<{ kind: InputKind; count: number | null; suppressed: boolean }>;
  byAgeBand: Array<{ ageBand: AgeBand; count: number | null; suppressed: boolean }>;
}

/**
 * A theme's inputs counted by source and by age band, with counts under the organisation's
 * threshold withheld, plus enough others that no withheld count can be worked out from the
 * published ones and the theme's total (which is always shown).
 */
export async function themeBreakdowns(em: EntityManager, organisationId: string, themeIds: readonly string[]): Promise<Breakdown[]> {
  const conn = em.getConnection();
  const [rows, threshold] = await Promise.all([
    conn.execute<Array<{ theme_id: string; kind: InputKind; age_band: AgeBand | null; n: number }>>(
      `select ti.theme_id, v.kind, v.age_band, count(*)::int as n
         from theme_input ti join voice_input v on v.id = ti.input_id
        where ti.theme_id in (?) group by ti.theme_id, v.kind, v.age_band`,
      [themeIds],
    ),
    organisationSettings(em, organisationId).then((settings) => settings.suppressionThreshold),
  ]);
  return themeIds.map((themeId) => {
    const mine = rows.filter((r) => r.theme_id === themeId);
    const values = new Map<string, number>();
    for (const k of INPUT_KINDS) values.set(`kind:${k}`, 0);
    for (const b of AGE_BANDS) values.set(`band:${b}`, 0);
    let total = 0;
    for (const r of mine) {
      values.set(`kind:${r.kind}`, values.get(`kind:${r.kind}`)! + r.n);
      const band = r.age_band ?? AgeBand.NOT_SAID;
      values.set(`band:${band}`, values.get(`band:${band}`)! + r.n);
      total += r.n;
    }
    values.set('total', total);
    const withheld = protectCells(
      {
        values,
        sums: [
          { total: 'total', parts: INPUT_KINDS.map((k) => `kind:${k}`) },
          { total: 'total', parts: AGE_BANDS.map((b) => `band:${b}`) },
        ],
      },
      threshold,
      new Set(['total']),
    );
    const shown = (id: string) => (withheld.has(id) ? { count: null, suppressed: true } : { count: values.get(id)!, suppressed: false });
    return {
      byKind: INPUT_KINDS.map((kind) => ({ kind, ...shown(`kind:${kind}`) })),
      byAgeBand: AGE_BANDS.map((ageBand) => ({ ageBand, ...shown(`band:${ageBand}`) })),
    };
  });
}

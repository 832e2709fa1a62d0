import type { EntityManager } from '@mikro-orm/postgresql';
import { performAction, recordAudit } from '../shared/audit.js';
import type { Actor } from '../shared/context.js';
import { badInput, conflict, notFound } from '../shared/errors.js';
import { Theme } from './theme.entity.js';
import { distinctIds, findTheme } from './theme.service.js';
import { isUuid } from '../shared/input-guard.js';

const MAX_LABEL = 200;
const MAX_DESCRIPTION = 2000;

/**
 * Renames a theme and, when given, replaces its description (an empty one removes it). Labels stay
 * unique within the organisation ignoring case (CONFLICT on `label`). Everything tagged, cited or
 * linked stays with the theme. Errors: BAD_USER_INPUT (`label` empty or over 200, `description`
 * over 2000), NOT_FOUND. Audited with the label (and description) before and after.
 */
export async function renameTheme(em: EntityManager, actor: Actor, id: string, label: string, description: string | null | undefined): Promise<Theme> {
  const newLabel = label.trim();
  if (!newLabel) throw badInput('label', 'Enter a theme.');
  if (newLabel.length > MAX_LABEL) throw badInput('label', `Keep the theme to ${MAX_LABEL} characters.`);
  if (description != null && description.trim().length > MAX_DESCRIPTION) throw badInput('description', `Keep the description to ${MAX_DESCRIPTION} characters.`);
  if (!isUuid(id)) throw notFound('Theme');
  const details: Record<string, unknown> = {};
  return performAction(
    em,
    actor,
    'renameTheme',
    async (tx) => {
      const theme = await findTheme(tx, actor, id);
      const [{ n }] = await tx
        .getConnection()
        .execute<Array<{ n: number }>>(
          'select count(*)::int as n from theme where organisation_id = ? and lower(label) = lower(?) and id <> ?',
          [actor.organisationId, newLabel, theme.id],
          'all',
          tx.getTransactionContext(),
        );
      if (n > 0) throw conflict('There is already a theme with that name.', { field: 'label' });
      const before = { label: theme.label, description: theme.description };
      theme.label = newLabel;
      if (description !== undefined) theme.description = description?.trim() || null;
      Object.assign(details, { before, after: { label: theme.label, description: theme.description } });
      return theme;
    },
    details,
  );
}

/**
 * Merges themes into one: every voice tagged to a theme in `fromIds`, every proposal it inspired
 * and every decision citing it moves to `intoId`, then the `fromIds` themes are removed. Links
 * the kept theme already has are kept as they were (first tag wins), so an input tagged to both
 * ends up tagged once and nothing is counted twice. Errors: BAD_USER_INPUT (`fromIds` empty,
 * containing `intoId`, or naming no theme of the organisation: `fromIds.i`), NOT_FOUND (`intoId`).
 * Audited on the kept theme (with the merged labels) and on each removed one.
 */
export async function mergeThemes(em: EntityManager, actor: Actor, intoId: string, fromIds: string[]): Promise<Theme> {
  const from = distinctIds(fromIds, 'fromIds');
  if (from.length === 0) throw badInput('fromIds', 'Choose at least one theme to merge.');
  if (!isUuid(intoId)) throw notFound('Theme');
  const intoIndex = from.indexOf(intoId.toLowerCase());
  if (intoIndex >= 0) throw badInput(`fromIds.${intoIndex}`, 'A theme cannot be merged into itself.');
  const details: Record<string, unknown> = { fromIds: from };
  return performAction(
    em,
    actor,
    'mergeThemes',
    async (tx) => {
      const into = await findTheme(tx, actor, intoId);
      const themes = await tx.find(Theme, { id: { $in: from }, organisation: actor.organisationId });
      from.forEach((id, i) => {
        if (!themes.some((t) => t.id === id)) throw badInput(`fromIds.${i}`, 'That theme was not found.');
      });
      const conn = tx.getConnection();
      const trx = tx.getTransactionContext();
      const moved = async (sql: string) => (await conn.execute<Array<unknown>>(sql, [into.id, from], 'all', trx)).length;
      const inputs = await moved(
        `insert into theme_input (theme_id, input_id, tagged_by_id, tagged_at, input_service_id, input_created_at)
         select distinct on (input_id) ?, input_id, tagged_by_id, tagged_at, input_service_id, input_created_at
           from theme_input where theme_id in (?) order by input_id, tagged_at
         on conflict (theme_id, input_id) do nothing returning input_id`,
      );
      const proposals = await moved(
        `insert into proposal_theme (proposal_id, theme_id, linked_by_id, linked_at)
         select distinct on (proposal_id) proposal_id, ?, linked_by_id, linked_at
           from proposal_theme where theme_id in (?) order by proposal_id, linked_at
         on conflict (proposal_id, theme_id) do nothing returning proposal_id`,
      );
      const decisions = await moved(
        `insert into decision_theme (decision_id, theme_id, linked_by_id, linked_at)
         select distinct on (decision_id) decision_id, ?, linked_by_id, linked_at
           from decision_theme where theme_id in (?) order by decision_id, linked_at
         on conflict (decision_id, theme_id) do nothing returning decision_id`,
      );
      for (const t of themes) recordAudit(tx, actor, 'mergedIntoTheme', t, { intoId: into.id, label: t.label });
      // The links of the removed themes go with them (on delete cascade).
      await conn.execute('delete from theme where id in (?) and organisation_id = ?', [from, actor.organisationId], 'run', trx);
      for (const t of themes) tx.getUnitOfWork().unsetIdentity(t);
      Object.assign(details, { labels: themes.map((t) => t.label), moved: { inputs, proposals, decisions } });
      return into;
    },
    details,
  );
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../identity/organisation.entity.js';
import { performAction } from '../shared/audit.js';
import { sameOrganisation } from '../shared/auth.js';
import { notifyChange } from '../shared/cache-bus.js';
import type { Actor, AppState } from '../shared/context.js';
import { badInput, notFound } from '../shared/errors.js';
import { ScreeningRuleSet } from '../voices/concern.entity.js';
import { validateRuleSet, type RuleSet } from '../voices/screening/screening.js';
import type { ScreeningRuleSetView } from './rule-set.types.js';
import { isUuid } from '../shared/input-guard.js';

const MAX_JSON = 200_000;

function view(r: ScreeningRuleSet): ScreeningRuleSetView {
  const rules = r.rules as RuleSet;
  return {
    id: r.id,
    language: r.language,
    version: r.version,
    active: r.active,
    ruleCount: Array.isArray(rules?.rules) ? rules.rules.length : 0,
    rules: JSON.stringify(r.rules, null, 2),
    createdAt: r.createdAt,
  };
}

/** The organisation's own rule sets, newest first. */
export async function listRuleSets(em: EntityManager, actor: Actor): Promise<ScreeningRuleSetView[]> {
  const sets = await em.find(ScreeningRuleSet, { organisation: actor.organisationId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  return sets.map(view);
}

/**
 * Adds a rule set from its JSON ({ version, language, rules }), active at once, beside the built-in
 * rules and any others. Checked as screening checks stored sets (validateRuleSet: every pattern
 * compiles and cannot match empty text, ids unique, no unknown fields); BAD_USER_INPUT on `rules`
 * with the reason, naming the rule, and nothing stored. Audited. Every instance drops its cached
 * rules for the organisation when the change commits (shared/cache-bus.ts).
 */
export async function addRuleSet(em: EntityManager, actor: Actor, app: AppState, json: string): Promise<ScreeningRuleSetView> {
  if (json.length > MAX_JSON) throw badInput('rules', `Keep the rule set under ${MAX_JSON / 1000} kB.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw badInput('rules', 'This is not valid JSON.');
  }
  let ruleSet: RuleSet;
  try {
    ruleSet = validateRuleSet(parsed);
  } catch (error) {
    throw badInput('rules', (error as Error).message);
  }
  const saved = await performAction(em, actor, 'addScreeningRuleSet', async (tx) => {
    const set = new ScreeningRuleSet(tx.getReference(Organisation, actor.organisationId), ruleSet.language, ruleSet.version, ruleSet);
    tx.persist(set);
    // Every instance drops its cached rules for the organisation when this commits.
    await notifyChange(tx, 'organisation', actor.organisationId);
    return set;
  }, { language: ruleSet.language, version: ruleSet.version, rules: ruleSet.rules.length });
  app.caches.of('screening').delete(actor.organisationId);
  return view(saved);
}

/** Turns one of the organisation's rule sets on or off (NOT_FOUND outside it). Audited, before and after. */
export async function setRuleSetActive(em: EntityManager, actor: Actor, app: AppState, id: string, active: boolean): Promise<ScreeningRuleSetView> {
  if (!isUuid(id)) throw notFound('Rule set');
  const saved = await performAction(
    em,
    actor,
    'setScreeningRuleSetActive',
    async (tx) => {
      const set = sameOrganisation(actor, await tx.findOne(ScreeningRuleSet, { id }), 'Rule set');
      set.active = active;
      await notifyChange(tx, 'organisation', actor.organisationId);
      return set;
    },
    { active },
  );
  app.caches.of('screening').delete(actor.organisationId);
  return view(saved);
}

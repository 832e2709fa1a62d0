import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppState } from '../../shared/context.js';
import { ConcernSeverity } from '../concern.entity.js';
import { BUILT_IN_RULE_SETS, screenLayered } from './layers.js';
import { validateRuleSet, type RuleSet } from './screening.js';
import { addWorkingDays } from '../../shared/working-days.js';

const RULES_TTL_MS = 60_000;

type Deadlines = { high_concern_due_minutes: number; medium_concern_due_working_days: number };
/** This instance's cache of each organisation's rule sets and concern deadlines. */
const screeningCache = (app: AppState) => app.caches.of<{ ruleSets: RuleSet[]; deadlines: Deadlines }>('screening');

/** A screened text that needs a safeguarding lead: the concern to raise with it. */
export interface Flag {
  concernId: string;
  severity: ConcernSeverity;
  dueBy: Date;
  matchedRules: string[];
}

/** The built-in rules (English, Urdu, Polish) plus the organisation's own active rule sets (cached briefly). */
async function ruleSetsFor(em: EntityManager, app: AppState, organisationId: string): Promise<RuleSet[]> {
  const cached = screeningCache(app).get(organisationId);
  if (cached && Date.now() - cached.at < RULES_TTL_MS) return cached.value.ruleSets;
  const rows: Array<{ rules: unknown }> = await em
    .getConnection()
    .execute('select rules from screening_rule_set where organisation_id = ? and active order by created_at', [organisationId]);
  const ruleSets = [...BUILT_IN_RULE_SETS, ...rows.map((r) => validateRuleSet(r.rules))];
  const deadlines: Array<{ high_concern_due_minutes: number; medium_concern_due_working_days: number }> = await em
    .getConnection()
    .execute('select high_concern_due_minutes, medium_concern_due_working_days from organisation where id = ?', [organisationId]);
  screeningCache(app).set(organisationId, { at: Date.now(), value: { ruleSets, deadlines: deadlines[0] ?? { high_concern_due_minutes: 60, medium_concern_due_working_days: 1 } } });
  return ruleSets;
}

/** When a concern of this severity raised now must be acknowledged, by the organisation's settings. */
export function dueByFor(severity: ConcernSeverity, now: Date, settings: { high_concern_due_minutes: number; medium_concern_due_working_days: number }): Date {
  return severity === ConcernSeverity.HIGH
    ? new Date(now.getTime() + settings.high_concern_due_minutes * 60_000)
    : addWorkingDays(now, settings.medium_concern_due_working_days);
}

/**
 * Screens texts about to be stored and says which need a concern: every text with the rules of every
 * screening language (whatever language it claims to be in, since children write in the language
 * they think in) plus the organisation's own rule sets, and with the classifier. Flagged if any layer
 * flags it; the concern's matched rules name the rules and, as `classifier:<version>`, the model.
 * Never throws: if screening itself fails, the text is treated as flagged (HIGH), so a failure
 * can only send more to a safeguarding lead, never lose a disclosure or the submission.
 */
export async function screenTexts(em: EntityManager, app: AppState, organisationId: string, texts: string[]): Promise<Array<Flag | null>> {
  const now = new Date();
  let ruleSets: RuleSet[] | null = null;
  try {
    ruleSets = await ruleSetsFor(em, app, organisationId);
  } catch {
    ruleSets = null;
  }
  const settings = screeningCache(app).get(organisationId)?.value.deadlines ?? { high_concern_due_minutes: 60, medium_concern_due_working_days: 1 };
  return texts.map((text) => {
    let severity: ConcernSeverity | null;
    let matchedRules: string[];
    try {
      if (!ruleSets) throw new Error('rules unavailable');
      const result = screenLayered(text, ruleSets, app.classifier);
      severity = result.flagged ? (result.severity === 'HIGH' ? ConcernSeverity.HIGH : ConcernSeverity.MEDIUM) : null;
      matchedRules = result.matchedRules;
    } catch {
      severity = ConcernSeverity.HIGH;
      matchedRules = ['SCREENING_FAILED'];
    }
    return severity ? { concernId: randomUUID(), severity, dueBy: dueByFor(severity, now, settings), matchedRules } : null;
  });
}

/**
 * Raises concerns for voice inputs just written in the current transaction (`em` must be the
 * transaction's): withholds each flagged input and inserts its concern. Used by every writer of
 * free text except survey submissions, which do the same inside their single statement.
 */
export async function raiseConcerns(em: EntityManager, organisationId: string, inputs: Array<{ id: string; flag: Flag | null }>): Promise<void> {
  const flagged = inputs.filter((i): i is { id: string; flag: Flag } => i.flag !== null);
  if (!flagged.length) return;
  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  await conn.execute('update voice_input set withheld = true where id in (?)', [flagged.map((f) => f.id)], 'run', ctx);
  for (const { id, flag } of flagged) {
    await conn.execute(
      `insert into safeguarding_concern (id, organisation_id, input_id, status, severity, raised_at, due_by, raised_by, matched_rules)
       values (?, ?, ?, 'OPEN', ?, now(), ?, 'SCREENING', ?)`,
      [flag.concernId, organisationId, id, flag.severity, flag.dueBy, `{${flag.matchedRules.map((r) => `"${r.replace(/"/g, '')}"`).join(',')}}`],
      'run',
      ctx,
    );
  }
}


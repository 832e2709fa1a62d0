import type { Classifier } from './classifier.js';
import { DEFAULT_RULES_EN } from './rules.en.js';
import { DEFAULT_RULES_PL } from './rules.pl.js';
import { DEFAULT_RULES_UR } from './rules.ur.js';
import { screenText, type RuleSet, type ScreeningResult } from './screening.js';

/** The rule sets every text is screened with, whatever language it claims to be in. */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = [DEFAULT_RULES_EN, DEFAULT_RULES_UR, DEFAULT_RULES_PL];

/** The languages whose free text is screened (BCP 47), in the order of BUILT_IN_RULE_SETS. */
export const SCREENING_LANGUAGES: readonly string[] = BUILT_IN_RULE_SETS.map((r) => r.language);

/** Which part of screening flagged a text; recorded on the concern through its matched rules. */
export type ScreeningLayer = 'rules' | 'classifier';

/** What the classifier adds to a concern's matched rules, followed by the model version. */
export const CLASSIFIER_MATCH_PREFIX = 'classifier:';

export interface LayeredResult extends ScreeningResult {
  layers: ScreeningLayer[];
}

/** The layers named by a concern's matched rules (rule ids are rules; `classifier:…` the classifier). */
export function layersOf(matchedRules: readonly string[]): ScreeningLayer[] {
  const layers: ScreeningLayer[] = [];
  if (matchedRules.some((r) => !r.startsWith(CLASSIFIER_MATCH_PREFIX))) layers.push('rules');
  if (matchedRules.some((r) => r.startsWith(CLASSIFIER_MATCH_PREFIX))) layers.push('classifier');
  return layers;
}

/**
 * Screens one text with the rules (every rule set given, each on the text normalised for its
 * language) and, when given, the classifier. Flagged if any layer flags it. The classifier alone
 * raises a MEDIUM concern: it is a reason for a person to read the words, not a finding. Pure.
 */
export function screenLayered(text: string, ruleSets: readonly RuleSet[], classifier: Classifier | null): LayeredResult {
  const byRules = screenText(text, ruleSets);
  const layers: ScreeningLayer[] = byRules.flagged ? ['rules'] : [];
  const matchedRules = [...byRules.matchedRules];
  let severity = byRules.severity;
  if (classifier && classifier.score(text) >= classifier.threshold) {
    layers.push('classifier');
    matchedRules.push(`${CLASSIFIER_MATCH_PREFIX}${classifier.version}`);
    severity ??= 'MEDIUM';
  }
  return { flagged: layers.length > 0, severity, matchedRules, layers };
}

import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { EventResolver } from './events/event.resolver.js';
import { IdentityResolver } from './identity/identity.resolver.js';
import { SettingsResolver } from './identity/settings.resolver.js';
import { LifecycleResolver } from './lifecycle/lifecycle.resolver.js';
import { ForumMemberResolver, ForumResolver } from './proposals/forum.resolver.js';
import { ProposalCommentResolver, ProposalResolver } from './proposals/proposal.resolver.js';
import { ServiceResolver } from './services/service.resolver.js';
import { AuditResolver } from './shared/audit.resolver.js';
import { ConcernResolver } from './safeguarding/concern.resolver.js';
import { ScreeningRuleSetResolver } from './safeguarding/rule-set.resolver.js';
import { authChecker } from './shared/auth.js';
import { guardInputs } from './shared/input-guard.js';
import { QuestionResultResolver } from './surveys/question-result.resolver.js';
import { ChoiceResolver, QuestionResolver, SurveyResolver } from './surveys/survey.resolver.js';
import { DecisionResolver, ServiceChangeResolver } from './trace/decision.resolver.js';
import { ProposalEvidenceResolver } from './trace/proposal-evidence.resolver.js';
import { RepresentationResolver } from './trace/representation.resolver.js';
import { ThemeResolver, VoiceInputThemesResolver } from './trace/theme.resolver.js';
import { TraceResolver } from './trace/trace.resolver.js';
import { VoiceInputResolver } from './voices/voice-input.resolver.js';

export const resolvers = [
  IdentityResolver,
  SettingsResolver,
  ServiceResolver,
  AuditResolver,
  SurveyResolver,
  QuestionResolver,
  ChoiceResolver,
  VoiceInputResolver,
  QuestionResultResolver,
  EventResolver,
  ConcernResolver,
  ScreeningRuleSetResolver,
  ForumResolver,
  ForumMemberResolver,
  ProposalResolver,
  ProposalCommentResolver,
  ProposalEvidenceResolver,
  ThemeResolver,
  VoiceInputThemesResolver,
  DecisionResolver,
  ServiceChangeResolver,
  TraceResolver,
  RepresentationResolver,
  LifecycleResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The one schema, built once per process (type-graphql metadata is global anyway). */
export function heardSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    // Validation on every input and args class: class-validator failures become BAD_USER_INPUT.
    validate: { forbidUnknownValues: false },
    // Ids checked and text made storable before any resolver sees them (shared/input-guard.ts).
  }).then(guardInputs);
  return built;
}

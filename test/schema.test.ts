import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../server/src/print-schema.js';

const root = join(import.meta.dirname, '..');
const checker = join(root, '..', 'shared', 'tools', 'check-contract.mjs');

/**
 * The parts of the public contract built so far, as patterns over the checker's gap lines. Each
 * capability adds its part; once all are built the whole contract is checked.
 */
const BUILT = [
  // Foundation: identity, tenancy, services, audit.
  String.raw`\b(Role|AgeBand|Organisation|Viewer|PageInfo|AuditEntry|AuditEntryEdge|AuditEntryConnection|DateTimeISO)\b(?! ?Count)`,
  String.raw`\bService\b(?!Change)`,
  String.raw`Query\.(viewer|services|auditLog)\b`,
  String.raw`Mutation\.(signIn|signOut|joinWithCode|createParticipantCodes|createService)\b`,
  // Surveys and voice inputs.
  String.raw`\b(QuestionType|SurveyStatus|SurveyAccess|Channel|Capture|QuestionWording|QuestionWordingInput|Choice|ChoiceInput|Question|QuestionInput|Survey|CreateSurveyInput|AnswerInput|SubmitResponseInput|SupportContact|SupportMessage|SubmissionReceipt|AgeBandCount|ChoiceCount|ScaleCount|QuestionResult|SurveyResults|InputKind|VoiceInputEdge|VoiceInputConnection|InputFilter)\b`,
  String.raw`\bVoiceInput\.(?!themes)`,
  String.raw`Query\.(survey|surveyByShareCode|surveys|surveyResults|inputs)\b`,
  String.raw`Mutation\.(createSurvey|addQuestion|updateQuestion|removeQuestion|moveQuestion|publishSurvey|closeSurvey|submitResponse)\b`,
  // Safeguarding.
  String.raw`\b(ConcernStatus|ConcernNote|SafeguardingConcern)\b`,
  String.raw`Query\.safeguardingConcerns\b`,
  String.raw`Mutation\.(flagInput|acknowledgeConcern|referConcern|closeConcern)\b`,
  // Consultation events.
  String.raw`\b(EventKind|EventStatus|AttendanceCount|ConsultationEvent|CreateEventInput|AttendanceInput|ContributionInput)\b`,
  String.raw`Query\.(event|events)\b`,
  String.raw`Mutation\.(createEvent|recordAttendance|recordContribution|closeEvent)\b`,
];

describe('schema.graphql', () => {
  it('matches the schema the server code builds', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it.runIf(existsSync(checker))('holds the built parts of the public contract', () => {
    const out = execFileSync(process.execPath, [checker, SCHEMA_FILE, '--only', BUILT.join('|')], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^contract held/m);
  });
});

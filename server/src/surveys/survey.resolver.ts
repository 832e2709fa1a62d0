import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Service } from '../services/service.entity.js';
import { CONSULTATION_STAFF, PUBLIC, requireActor } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { countFor } from '../shared/disclosure.js';
import { AgeBand } from '../shared/enums.js';
import { byKey, loader } from '../shared/loaders.js';
import { SurveyResults } from './survey-results.js';
import { surveyResults } from './survey-results.service.js';
import { submitResponse } from './survey-submission.js';
import { Question, Survey, SurveyStatus } from './survey.entity.js';
import { CreateSurveyInput, QuestionInput, SubmitResponseInput, SurveyTranslationInput, UpdateSurveyInput } from './survey.inputs.js';
import {
  choicesIn,
  isComplete,
  labelFor,
  normaliseLanguage,
  promptFor,
  promptIn,
  showIn,
  surveyLanguages,
  surveyText,
  wordingsIn,
  type ChoiceView,
} from './survey-language.js';
import { copySurvey, reopenSurvey, updateSurvey } from './survey-corrections.js';
import {
  addQuestion,
  closeSurvey,
  createSurvey,
  findSurvey,
  listSurveys,
  moveQuestion,
  publishSurvey,
  removeQuestion,
  removeSurveyTranslation,
  surveyByShareCode,
  translateSurvey,
  updateQuestion,
} from './survey.service.js';
import { Choice, QuestionWording, SubmissionReceipt, SurveyTranslation } from './survey.types.js';
import { supportFor } from './survey-support.js';

@Resolver(() => Survey)
export class SurveyResolver {
  @Authorized(...CONSULTATION_STAFF)
  @Query(() => Survey, { nullable: true })
  async survey(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Survey | null> {
    return findSurvey(em, requireActor(actor), id).catch((e) => (e.extensions?.code === 'NOT_FOUND' ? null : Promise.reject(e)));
  }

  @Authorized(PUBLIC)
  @Query(() => Survey, { nullable: true, description: 'Public entry point from a link or QR code; titles, prompts and labels in that language where translated.' })
  async surveyByShareCode(
    @Arg('code', () => String) code: string,
    @Arg('language', () => String, { nullable: true }) language: string | null,
    @Ctx() { em }: Context,
  ): Promise<Survey | null> {
    const survey = await surveyByShareCode(em, code);
    if (survey) showIn(survey, normaliseLanguage(language));
    return survey;
  }

  @Authorized(...CONSULTATION_STAFF)
  @Query(() => [Survey])
  surveys(@Arg('status', () => SurveyStatus, { nullable: true }) status: SurveyStatus | null, @Ctx() { em, actor }: Context): Promise<Survey[]> {
    return listSurveys(em, requireActor(actor), status ?? null);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Query(() => SurveyResults)
  surveyResults(
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('ageBand', () => AgeBand, { nullable: true }) ageBand: AgeBand | null,
    @Ctx() { em, actor, app }: Context,
  ): Promise<SurveyResults> {
    const reader = requireActor(actor);
    return app.reports.read(em, reader.organisationId, (em) => surveyResults(em, reader, surveyId, ageBand ?? null));
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Survey)
  createSurvey(@Arg('input', () => CreateSurveyInput) input: CreateSurveyInput, @Ctx() { em, actor }: Context): Promise<Survey> {
    return createSurvey(em, requireActor(actor), input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Question)
  addQuestion(
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('input', () => QuestionInput) input: QuestionInput,
    @Ctx() { em, actor }: Context,
  ): Promise<Question> {
    return addQuestion(em, requireActor(actor), surveyId, input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Question)
  updateQuestion(
    @Arg('questionId', () => ID) questionId: string,
    @Arg('input', () => QuestionInput) input: QuestionInput,
    @Ctx() { em, actor }: Context,
  ): Promise<Question> {
    return updateQuestion(em, requireActor(actor), questionId, input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Boolean)
  async removeQuestion(@Arg('questionId', () => ID) questionId: string, @Ctx() { em, actor }: Context): Promise<boolean> {
    await removeQuestion(em, requireActor(actor), questionId);
    return true;
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Survey)
  moveQuestion(
    @Arg('questionId', () => ID) questionId: string,
    @Arg('position', () => Int) position: number,
    @Ctx() { em, actor }: Context,
  ): Promise<Survey> {
    return moveQuestion(em, requireActor(actor), questionId, position);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Survey)
  publishSurvey(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Survey> {
    return publishSurvey(em, requireActor(actor), id);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Survey)
  closeSurvey(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Survey> {
    return closeSurvey(em, requireActor(actor), id);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Survey, { description: 'Corrects a survey; once people have answered, a change that alters what their answers meant is CONFLICT.' })
  updateSurvey(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSurveyInput) input: UpdateSurveyInput,
    @Ctx() { em, actor, app }: Context,
  ): Promise<Survey> {
    return updateSurvey(em, app, requireActor(actor), id, input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Survey, { description: 'A new DRAFT with the same questions, wordings and translations.' })
  copySurvey(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Survey> {
    return copySurvey(em, requireActor(actor), id);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Survey)
  translateSurvey(
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('input', () => SurveyTranslationInput) input: SurveyTranslationInput,
    @Ctx() { em, actor }: Context,
  ): Promise<Survey> {
    return translateSurvey(em, requireActor(actor), surveyId, input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Survey)
  reopenSurvey(
    @Arg('id', () => ID) id: string,
    @Arg('closesAt', () => Date, { nullable: true }) closesAt: Date | null,
    @Ctx() { em, actor, app }: Context,
  ): Promise<Survey> {
    return reopenSurvey(em, app, requireActor(actor), id, closesAt ?? null);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => Survey)
  removeSurveyTranslation(
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('language', () => String) language: string,
    @Ctx() { em, actor }: Context,
  ): Promise<Survey> {
    return removeSurveyTranslation(em, requireActor(actor), surveyId, language);
  }

  @Authorized(PUBLIC)
  @Mutation(() => SubmissionReceipt)
  async submitResponse(
    // Checked in one pass against the survey itself (survey-submission.ts), not by class-validator.
    @Arg('input', () => SubmitResponseInput, { validate: false }) input: SubmitResponseInput,
    @Ctx() { em, actor, app, request }: Context,
  ): Promise<SubmissionReceipt> {
    const receipt = await submitResponse(em, app, actor, input);
    return {
      receiptCode: receipt.receiptCode,
      responseId: receipt.responseId,
      duplicate: receipt.duplicate,
      support: receipt.flagged ? await supportFor(em, receipt.responseId, request.headers['accept-language']) : null,
    };
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => String)
  title(@Root() survey: Survey): string {
    return surveyText(survey, 'title');
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => String, { description: 'Why children are asked, in plain words.' })
  purpose(@Root() survey: Survey): string {
    return surveyText(survey, 'purpose');
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => String, { description: 'What will happen with their answers.' })
  whatHappensNext(@Root() survey: Survey): string {
    return surveyText(survey, 'whatHappensNext');
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => [String], { description: 'Its own language and each language with a complete translation.' })
  languages(@Root() survey: Survey): string[] {
    return surveyLanguages(survey, survey.questions.isInitialized() ? survey.questions.getItems() : []);
  }

  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => [SurveyTranslation], { description: 'Every stored translation, complete or not (staff only).' })
  translations(@Root() survey: Survey): SurveyTranslation[] {
    const questions = survey.questions.isInitialized() ? survey.questions.getItems().sort((a, b) => a.position - b.position) : [];
    return Object.entries(survey.translations ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, t]) => ({
        language,
        title: t.title,
        purpose: t.purpose,
        whatHappensNext: t.whatHappensNext,
        questions: questions.filter((q) => t.questions[q.id]).map((q) => ({ questionId: q.id, ...t.questions[q.id] })),
        complete: isComplete(survey, language, questions),
      }));
  }

  /** A survey's service and questions are on its public page (by share code). */
  @Authorized(PUBLIC)
  @FieldResolver(() => Service, { nullable: true })
  service(@Root() survey: Survey): Service | null {
    return survey.service ?? null;
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => [Question])
  questions(@Root() survey: Survey): Question[] {
    return survey.questions.isInitialized() ? survey.questions.getItems().sort((a, b) => a.position - b.position) : [];
  }

  /** A count of children's answers: the survey's organisation's consultation staff (not its public page). */
  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => Int, { description: 'The survey’s organisation’s consultation staff only; never on the public page, nor to another organisation’s staff.' })
  async responseCount(@Root() survey: Survey, @Ctx() ctx: Context): Promise<number> {
    const n = await loader<string, number>(ctx, 'survey.responseCount', async (ids) => {
      const rows: Array<{ survey_id: string; n: number }> = await ctx.em
        .getConnection()
        .execute('select survey_id, count(*)::int as n from survey_response where survey_id in (?) group by survey_id', [ids]);
      return byKey(ids, rows, (r) => r.survey_id, (r) => r.n, 0);
    }).load(survey.id);
    // The survey's size is its own staff's working figure; to a link holder a small one would say
    // how few children answered (and, watched, who just did), so it leaves rounded.
    return countFor(ctx.actor, n, survey.organisation.id);
  }
}

@Resolver(() => Question)
export class QuestionResolver {
  @Authorized(PUBLIC)
  @FieldResolver(() => String)
  prompt(@Root() question: Question): string {
    return promptIn(question);
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => [QuestionWording])
  wordings(@Root() question: Question): QuestionWording[] {
    return wordingsIn(question);
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => [Choice])
  choices(@Root() question: Question): ChoiceView[] {
    return choicesIn(question);
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => String, {
    description: "The wording for this age band in this language, falling back to the survey's own language and then to prompt.",
  })
  promptFor(
    @Root() question: Question,
    @Arg('ageBand', () => AgeBand, { nullable: true }) ageBand: AgeBand | null,
    @Arg('language', () => String, { nullable: true }) language: string | null,
  ): string {
    return promptFor(question, ageBand, language);
  }
}

@Resolver(() => Choice)
export class ChoiceResolver {
  @Authorized(PUBLIC)
  @FieldResolver(() => String, { description: "The label in this language, falling back to the survey's own language." })
  labelFor(@Root() choice: ChoiceView, @Arg('language', () => String, { nullable: true }) language: string | null): string {
    return labelFor(choice, language);
  }
}

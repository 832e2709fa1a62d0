import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Service } from '../services/service.entity.js';
import { CONSULTATION_STAFF, PUBLIC, requireActor } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { AgeBand } from '../shared/enums.js';
import { byKey, loader } from '../shared/loaders.js';
import { SurveyResults } from './survey-results.js';
import { surveyResults } from './survey-results.service.js';
import { submitResponse } from './survey-submission.js';
import { Question, Survey, SurveyStatus } from './survey.entity.js';
import { CreateSurveyInput, QuestionInput, SubmitResponseInput } from './survey.inputs.js';
import {
  addQuestion,
  closeSurvey,
  createSurvey,
  findSurvey,
  listSurveys,
  moveQuestion,
  publishSurvey,
  removeQuestion,
  surveyByShareCode,
  updateQuestion,
} from './survey.service.js';
import { SubmissionReceipt } from './survey.types.js';
import { supportFor } from './survey-support.js';

@Resolver(() => Survey)
export class SurveyResolver {
  @Authorized(...CONSULTATION_STAFF)
  @Query(() => Survey, { nullable: true })
  async survey(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Survey | null> {
    return findSurvey(em, requireActor(actor), id).catch((e) => (e.extensions?.code === 'NOT_FOUND' ? null : Promise.reject(e)));
  }

  @Authorized(PUBLIC)
  @Query(() => Survey, { nullable: true, description: 'Public entry point from a link or QR code.' })
  surveyByShareCode(@Arg('code', () => String) code: string, @Ctx() { em }: Context): Promise<Survey | null> {
    return surveyByShareCode(em, code);
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
    @Ctx() { em, actor }: Context,
  ): Promise<SurveyResults> {
    return surveyResults(em, requireActor(actor), surveyId, ageBand ?? null);
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

  @FieldResolver(() => Service, { nullable: true })
  service(@Root() survey: Survey): Service | null {
    return survey.service ?? null;
  }

  @FieldResolver(() => [Question])
  questions(@Root() survey: Survey): Question[] {
    return survey.questions.isInitialized() ? survey.questions.getItems().sort((a, b) => a.position - b.position) : [];
  }

  @FieldResolver(() => Int)
  responseCount(@Root() survey: Survey, @Ctx() ctx: Context): Promise<number> {
    return loader<string, number>(ctx, 'survey.responseCount', async (ids) => {
      const rows: Array<{ survey_id: string; n: number }> = await ctx.em
        .getConnection()
        .execute('select survey_id, count(*)::int as n from survey_response where survey_id in (?) group by survey_id', [ids]);
      return byKey(ids, rows, (r) => r.survey_id, (r) => r.n, 0);
    }).load(survey.id);
  }
}

@Resolver(() => Question)
export class QuestionResolver {
  @FieldResolver(() => String, { description: 'The wording for this age band, falling back to prompt.' })
  promptFor(@Root() question: Question, @Arg('ageBand', () => AgeBand, { nullable: true }) ageBand: AgeBand | null): string {
    return question.wordings.find((w) => w.ageBand === ageBand)?.text ?? question.prompt;
  }
}

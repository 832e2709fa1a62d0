import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AgeBand } from '../shared/enums.js';
import { Question, Survey } from './survey.entity.js';
import { AgeBandCount } from '../shared/age-band-count.type.js';
import { ChoiceCount, ScaleCount } from './survey.types.js';

@ObjectType()
export class QuestionResult {
  @Field(() => Question)
  question!: Question;

  @Field(() => Int, { nullable: true })
  answered!: number | null;

  @Field(() => [ChoiceCount])
  choices!: ChoiceCount[];

  @Field(() => [ScaleCount])
  scale!: ScaleCount[];

  @Field(() => Float, { nullable: true })
  scaleMean!: number | null;

  /** The age band the results are filtered by, for the `texts` field. */
  ageBand!: AgeBand | null;
}

@ObjectType()
export class SurveyResults {
  @Field(() => Survey)
  survey!: Survey;

  @Field(() => Int)
  responseCount!: number;

  @Field(() => Int)
  suppressionThreshold!: number;

  @Field(() => [AgeBandCount])
  byAgeBand!: AgeBandCount[];

  @Field(() => [QuestionResult])
  questions!: QuestionResult[];
}

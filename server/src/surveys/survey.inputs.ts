import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AgeBand, Capture, Channel } from '../shared/enums.js';
import { QuestionType, SurveyAccess } from './survey.entity.js';
import { LANGUAGE_TAG } from './survey-language.js';

@InputType()
export class CreateSurveyInput {
  @Field(() => String)
  @Length(1, 200, { message: 'Enter a title of up to 200 characters.' })
  title!: string;

  @Field(() => String)
  @Length(1, 2000, { message: 'Say why you are asking, in up to 2000 characters.' })
  purpose!: string;

  @Field(() => String)
  @Length(1, 2000, { message: 'Say what will happen next, in up to 2000 characters.' })
  whatHappensNext!: string;

  @Field(() => [AgeBand])
  @ArrayMinSize(1, { message: 'Choose at least one age band.' })
  audience!: AgeBand[];

  @Field(() => SurveyAccess, { nullable: true })
  access?: SurveyAccess | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The language the survey is written in (BCP 47); en unless given.' })
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: 'Give the language as a tag such as en, ur or pl.' })
  language?: string | null;
}

@InputType()
export class QuestionWordingInput {
  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => String)
  @Length(1, 500, { message: 'Each wording must be 1 to 500 characters.' })
  text!: string;
}

@InputType()
export class ChoiceInput {
  @Field(() => String)
  @Length(1, 200, { message: 'Each choice needs a label of up to 200 characters.' })
  label!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(16, { message: 'Use a single emoji.' })
  emoji?: string | null;
}

@InputType()
export class QuestionInput {
  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => String)
  @Length(1, 500, { message: 'Enter the question, in up to 500 characters.' })
  prompt!: string;

  @Field(() => [QuestionWordingInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  wordings?: QuestionWordingInput[] | null;

  @Field(() => Boolean, { nullable: true })
  required?: boolean | null;

  @Field(() => [ChoiceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(12, { message: 'A question can have at most 12 choices.' })
  @ValidateNested({ each: true })
  choices?: ChoiceInput[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2, { message: 'A scale has 2 to 10 points.' })
  @Max(10, { message: 'A scale has 2 to 10 points.' })
  scaleMax?: number | null;

  @Field(() => Int, { nullable: true, description: 'Longest text answer accepted, in characters (TEXT questions; 2000 when not given).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'A text answer can be limited to 1 to 5000 characters.' })
  @Max(5000, { message: 'A text answer can be limited to 1 to 5000 characters.' })
  maxLength?: number | null;
}

@InputType()
export class AnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => [ID], { nullable: true })
  choiceIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  scale?: number | null;

  @Field(() => String, { nullable: true })
  text?: string | null;
}

/** Checked by the submission use case against the survey itself (one pass, no class-validator). */
@InputType()
export class SubmitResponseInput {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => String, { description: 'Made by the client when the person starts answering; a retry with the same id stores nothing new.' })
  clientSubmissionId!: string;

  @Field(() => AgeBand, { nullable: true })
  ageBand?: AgeBand | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;

  @Field(() => Capture, { nullable: true })
  capture?: Capture | null;

  @Field(() => [AnswerInput])
  answers!: AnswerInput[];

  @Field(() => String, { nullable: true, description: 'The language the person answered in.' })
  language?: string | null;
}

@InputType()
export class QuestionTranslationInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String)
  @Length(1, 500, { message: 'Enter the question, in up to 500 characters.' })
  prompt!: string;

  @Field(() => [QuestionWordingInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  wordings?: QuestionWordingInput[] | null;

  @Field(() => [String], { nullable: true, description: "One label per choice, in the question's choice order." })
  @IsOptional()
  @ArrayMaxSize(12, { message: 'A question can have at most 12 choices.' })
  @Length(1, 200, { each: true, message: 'Each choice needs a label of up to 200 characters.' })
  choiceLabels?: string[] | null;
}

@InputType()
export class SurveyTranslationInput {
  @Field(() => String)
  @Matches(LANGUAGE_TAG, { message: 'Give the language as a tag such as ur or pl.' })
  language!: string;

  @Field(() => String)
  @Length(1, 200, { message: 'Enter a title of up to 200 characters.' })
  title!: string;

  @Field(() => String)
  @Length(1, 2000, { message: 'Say why you are asking, in up to 2000 characters.' })
  purpose!: string;

  @Field(() => String)
  @Length(1, 2000, { message: 'Say what will happen next, in up to 2000 characters.' })
  whatHappensNext!: string;

  @Field(() => [QuestionTranslationInput])
  @ArrayMaxSize(200, { message: 'A survey has at most 200 questions.' })
  @ValidateNested({ each: true })
  questions!: QuestionTranslationInput[];
}

/** Corrections to a survey: only the fields given change (updateSurvey). */
@InputType()
export class UpdateSurveyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'Enter a title of up to 200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, { message: 'Say why you are asking, in up to 2000 characters.' })
  purpose?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, { message: 'Say what will happen next, in up to 2000 characters.' })
  whatHappensNext?: string | null;

  @Field(() => [AgeBand], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Choose at least one age band.' })
  audience?: AgeBand[] | null;

  @Field(() => SurveyAccess, { nullable: true })
  access?: SurveyAccess | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Null removes the closing date.' })
  closesAt?: Date | null;
}

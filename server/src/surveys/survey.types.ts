import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgeBand } from '../shared/enums.js';
import { SupportMessage } from '../voices/support.types.js';

@ObjectType()
export class QuestionWording {
  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => String)
  text!: string;
}

@ObjectType()
export class Choice {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  emoji!: string | null;
}

@ObjectType()
export class SubmissionReceipt {
  @Field(() => String, { description: 'Human-friendly code that lets the person see later what happened to what they said.' })
  receiptCode!: string;

  @Field(() => ID)
  responseId!: string;

  @Field(() => Boolean, { description: 'True when this clientSubmissionId had already been stored.' })
  duplicate!: boolean;

  @Field(() => SupportMessage, { nullable: true, description: 'Shown to the person at once when what they wrote may need a safeguarding response.' })
  support!: SupportMessage | null;
}

@ObjectType()
export class ChoiceCount {
  @Field(() => Choice)
  choice!: Choice;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}

@ObjectType()
export class ScaleCount {
  @Field(() => Int)
  value!: number;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}


@ObjectType({ description: 'One question in another language (staff only).' })
export class QuestionTranslation {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String)
  prompt!: string;

  @Field(() => [QuestionWording])
  wordings!: QuestionWording[];

  @Field(() => [String], { description: "One label per choice, in the question's choice order; empty until translated." })
  choiceLabels!: string[];
}

@ObjectType({ description: "A survey's translation into one language, as stored (staff only): what the side-by-side screen edits." })
export class SurveyTranslation {
  @Field(() => String)
  language!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  purpose!: string;

  @Field(() => String)
  whatHappensNext!: string;

  @Field(() => [QuestionTranslation])
  questions!: QuestionTranslation[];

  @Field(() => Boolean, { description: 'Every question and choice is translated, so the survey is offered in this language.' })
  complete!: boolean;
}

import { Field, ID, Int, ObjectType } from 'type-graphql';

/** One of the organisation's own screening rule sets, used beside the built-in ones. */
@ObjectType('ScreeningRuleSet')
export class ScreeningRuleSetView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'BCP 47 tag of the language its patterns are written for (en, ur, pl, …).' })
  language!: string;

  @Field(() => String)
  version!: string;

  @Field(() => Boolean, { description: 'Used in screening now.' })
  active!: boolean;

  @Field(() => Int)
  ruleCount!: number;

  @Field(() => String, { description: 'The rule set as JSON ({ version, language, rules }), to read or to copy and change.' })
  rules!: string;

  @Field(() => Date)
  createdAt!: Date;
}

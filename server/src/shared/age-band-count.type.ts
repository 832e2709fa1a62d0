import { Field, Int, ObjectType } from 'type-graphql';
import { AgeBand } from './enums.js';

/** Counts under the suppression threshold come back as count: null, suppressed: true. */
@ObjectType()
export class AgeBandCount {
  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}

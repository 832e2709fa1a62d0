import { Field, ObjectType } from 'type-graphql';
import { SupportContact } from '../identity/settings.types.js';

/** What a person whose words may need a safeguarding response is shown at once (voices/support.ts). */
@ObjectType()
export class SupportMessage {
  @Field(() => String)
  message!: string;

  @Field(() => [SupportContact])
  contacts!: SupportContact[];
}

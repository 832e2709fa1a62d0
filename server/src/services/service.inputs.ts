import { IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class CreateServiceArgs {
  @Field(() => String)
  @Length(1, 120, { message: 'Enter a service name of up to 120 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'The description must be at most 2000 characters.' })
  description?: string | null;
}

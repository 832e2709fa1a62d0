import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AgeBand } from '../shared/enums.js';
import { VoteChoice } from './proposal.entity.js';

const CLIENT_ID = /^[A-Za-z0-9_-]{8,100}$/;

@ArgsType()
export class CreateForumArgs {
  @Field(() => String)
  @Length(1, 120, { message: 'Enter a forum name of up to 120 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'Keep the description to 1000 characters.' })
  description?: string | null;
}

@ArgsType()
export class AddForumMemberArgs {
  @Field(() => ID)
  forumId!: string;

  /** A first name or nickname the young person is happy to be known by: never a full name. */
  @Field(() => String)
  @Length(1, 40, { message: 'Enter a first name or nickname of up to 40 characters.' })
  displayName!: string;

  @Field(() => AgeBand, { nullable: true })
  ageBand?: AgeBand | null;
}

@InputType()
export class CreateProposalInput {
  @Field(() => String)
  @Length(1, 200, { message: 'Enter a title of up to 200 characters.' })
  title!: string;

  @Field(() => String)
  @Length(1, 4000, { message: 'Say what the problem is, in up to 4000 characters.' })
  problem!: string;

  @Field(() => String)
  @Length(1, 4000, { message: 'Say what would change, in up to 4000 characters.' })
  proposedChange!: string;

  @Field(() => String)
  @Length(1, 600, { message: 'Write a short summary for children, in up to 600 characters.' })
  childSummary!: string;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true })
  forumId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Link at most 20 themes.' })
  themeIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'The quorum is a whole number of votes.' })
  @Min(1, { message: 'The quorum is at least 1 vote.' })
  @Max(10_000, { message: 'The quorum is at most 10000 votes.' })
  quorum?: number | null;
}

@ArgsType()
export class CastVoteArgs {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => VoteChoice)
  choice!: VoteChoice;

  /** Why, in the member's own words: stored as a voice input (VOTE_REASON) and screened. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'Keep your reason to 1000 characters.' })
  reason?: string | null;
}

@ArgsType()
export class CommentOnProposalArgs {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => String)
  @Length(1, 2000, { message: 'Write a comment of up to 2000 characters.' })
  text!: string;

  @Field(() => String)
  @Matches(CLIENT_ID, { message: 'clientSubmissionId must be 8 to 100 letters, digits, dashes or underscores.' })
  clientSubmissionId!: string;
}

@ArgsType()
export class HideCommentArgs {
  @Field(() => ID)
  commentId!: string;

  @Field(() => String)
  @Length(1, 500, { message: 'Say why the comment is hidden, in up to 500 characters.' })
  reason!: string;
}

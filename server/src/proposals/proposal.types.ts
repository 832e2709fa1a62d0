import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgeBand } from '../shared/enums.js';

/*
 * GraphQL shapes of youth forums and proposals. Each is backed by its entity (Account, Forum,
 * Proposal, ProposalComment): a resolver anywhere (themes, decisions, traces) may return the entity
 * itself, and the field resolvers in forum.resolver.ts and proposal.resolver.ts work out the rest
 * for the person asking (tally hidden until voting closes, withheld and hidden words null).
 */

/** A forum member as staff see them. Backed by an Account with role FORUM_MEMBER. */
@ObjectType('ForumMember')
export class ForumMemberView {
  @Field(() => ID)
  id!: string;

  // displayName: ForumMemberResolver (the account column is nullable; a member always has one).

  @Field(() => AgeBand, { nullable: true })
  ageBand!: AgeBand | null;
}

/** Backed by the Forum entity; `members` is resolved per request (forum.resolver.ts). */
@ObjectType('Forum')
export class ForumView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType()
export class ForumMemberInvite {
  @Field(() => ForumMemberView)
  member!: ForumMemberView;

  @Field(() => String, { description: 'Single-use code the young person enters on their phone (joinWithCode).' })
  joinCode!: string;

  @Field(() => Date, { description: 'When the code stops working if it has not been used.' })
  expiresAt!: Date;
}

/** The result of a closed vote. */
@ObjectType()
export class Tally {
  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int, { description: 'Votes cast (FOR, AGAINST and ABSTAIN), including those of members who have since left.' })
  turnout!: number;

  @Field(() => Int, {
    description: 'Members who could vote: active members of the forum when voting closed, plus members who voted and have since left.',
  })
  eligible!: number;

  @Field(() => Boolean, { description: 'Turnout reached the quorum (true when the proposal has no quorum).' })
  quorumMet!: boolean;
}

/** Backed by the Proposal entity; the rest is resolved in proposal.resolver.ts. */
@ObjectType('Proposal')
export class ProposalView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  problem!: string;

  @Field(() => String)
  proposedChange!: string;

  @Field(() => String, { description: 'Plain words for children, shown first to forum members.' })
  childSummary!: string;

  // status: resolved, so a proposal past its closing time reads as VOTING_CLOSED at once.

  @Field(() => Date, { nullable: true })
  votingClosesAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When voting actually closed (by staff, or at the closing time).' })
  votingClosedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Votes needed for the result to count.' })
  quorum!: number | null;

  @Field(() => Date)
  createdAt!: Date;
}

/** Backed by the ProposalComment entity (with its author and voice input loaded). */
@ObjectType('ProposalComment')
export class ProposalCommentView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdAt!: Date;
}

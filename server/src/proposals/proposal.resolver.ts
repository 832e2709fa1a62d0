import { wrap } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { supportMessage } from '../voices/support.js';
import { Service } from '../services/service.entity.js';
import { CONSULTATION_STAFF, requireActor, STAFF, staffOver } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role, isStaff } from '../shared/enums.js';
import { pickLanguage } from '../shared/language.js';
import { byKey, loader } from '../shared/loaders.js';
import { SupportMessage } from '../voices/support.types.js';
import { readsUnreadWords } from '../voices/voice-input.service.js';
import { Forum } from './forum.entity.js';
import { Proposal, ProposalComment, ProposalStatus, VoteChoice } from './proposal.entity.js';
import { CastVoteArgs, CommentOnProposalArgs, CreateProposalInput, HideCommentArgs } from './proposal.inputs.js';
import {
  castVote,
  closedAt,
  closeVoting,
  commentOnProposal,
  commentsOf,
  createProposal,
  effectiveStatus,
  hideComment,
  listProposals,
  markProposalImplemented,
  myVotes,
  openVoting,
  proposalOrNull,
  tallies,
  updateProposal,
  votesCast,
  withdrawProposal,
  type MyVote,
  type TallyCounts,
} from './proposal.service.js';
import { ForumView, ProposalCommentView, ProposalView, Tally } from './proposal.types.js';

/** Loads related rows that a resolver elsewhere may have left unloaded (one query per request and type). */
function related<T extends { id: string }>(ctx: Context, entity: new (...args: never[]) => T, ref: T | null): Promise<T | null> | T | null {
  if (!ref) return null;
  // A loaded entity (or a plain object from elsewhere) is used as it is; a bare reference is loaded.
  const helper = wrap(ref, true) as { isInitialized?: () => boolean } | undefined;
  if (!helper?.isInitialized || helper.isInitialized()) return ref;
  return loader<string, T | null>(ctx, `related.${entity.name}`, async (ids) => {
    const rows = await ctx.em.find(entity as never, { id: { $in: [...ids] } } as never);
    return byKey(ids, rows as T[], (r) => r.id, (r) => r, null);
  }).load(ref.id);
}

function myVoteLoader(ctx: Context) {
  return loader<string, MyVote | null>(ctx, 'proposal.myVote', (ids) => myVotes(ctx.em, requireActor(ctx.actor), ids));
}

function supportLoader(ctx: Context) {
  // Filled only by castVote, for the member whose reason was just flagged.
  return loader<string, SupportMessage | null>(ctx, 'proposal.support', async (ids) => ids.map(() => null));
}

async function supportFor(ctx: Context, ageBandOf: string): Promise<SupportMessage> {
  const actor = requireActor(ctx.actor);
  const [organisation, me] = await Promise.all([
    ctx.em.findOneOrFail(Organisation, actor.organisationId),
    ctx.em.findOneOrFail(Account, ageBandOf),
  ]);
  return supportMessage(me.ageBand, organisation.supportContacts, pickLanguage(ctx.request.headers['accept-language']));
}

/**
 * Who reads a proposal and what hangs off it: its organisation's staff, and the members of the
 * forum it was put to (the queries only ever hand them their forum's). Anyone else — another
 * organisation's staff reaching a proposal through a public decision included — is refused.
 */
const PROPOSAL_READERS = [...STAFF, Role.FORUM_MEMBER];

@Resolver(() => ProposalView)
export class ProposalResolver {
  @Authorized(...STAFF, Role.FORUM_MEMBER)
  @Query(() => ProposalView, { nullable: true })
  proposal(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Proposal | null> {
    return proposalOrNull(em, requireActor(actor), id);
  }

  @Authorized(...STAFF, Role.FORUM_MEMBER)
  @Query(() => [ProposalView], { description: "Staff: the organisation's proposals. A forum member: their forum's, once put to them." })
  proposals(
    @Arg('status', () => ProposalStatus, { nullable: true }) status: ProposalStatus | null,
    @Arg('forumId', () => ID, { nullable: true }) forumId: string | null,
    @Ctx() { em, actor }: Context,
  ): Promise<Proposal[]> {
    return listProposals(em, requireActor(actor), status ?? null, forumId ?? null);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ProposalView)
  createProposal(@Arg('input', () => CreateProposalInput) input: CreateProposalInput, @Ctx() { em, actor }: Context): Promise<Proposal> {
    return createProposal(em, requireActor(actor), input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ProposalView, { description: 'Changes a proposal while it is a draft.' })
  updateProposal(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('input', () => CreateProposalInput) input: CreateProposalInput,
    @Ctx() { em, actor }: Context,
  ): Promise<Proposal> {
    return updateProposal(em, requireActor(actor), proposalId, input);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ProposalView)
  openVoting(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('closesAt', () => Date) closesAt: Date,
    @Ctx() { em, actor }: Context,
  ): Promise<Proposal> {
    return openVoting(em, requireActor(actor), proposalId, closesAt);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ProposalView)
  closeVoting(@Arg('proposalId', () => ID) proposalId: string, @Ctx() { em, actor }: Context): Promise<Proposal> {
    return closeVoting(em, requireActor(actor), proposalId);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ProposalView)
  withdrawProposal(@Arg('proposalId', () => ID) proposalId: string, @Ctx() { em, actor }: Context): Promise<Proposal> {
    return withdrawProposal(em, requireActor(actor), proposalId);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ProposalView, { description: 'An accepted proposal has been put into practice.' })
  markProposalImplemented(@Arg('proposalId', () => ID) proposalId: string, @Ctx() { em, actor }: Context): Promise<Proposal> {
    return markProposalImplemented(em, requireActor(actor), proposalId);
  }

  /** Returns the proposal as this vote left it: `myVote` and `myVoteAt` are this request's write. */
  @Authorized(Role.FORUM_MEMBER)
  @Mutation(() => ProposalView)
  async castVote(@Args(() => CastVoteArgs) args: CastVoteArgs, @Ctx() ctx: Context): Promise<Proposal> {
    const actor = requireActor(ctx.actor);
    const vote = await castVote(ctx.em, ctx.app, actor, args);
    myVoteLoader(ctx).clear(vote.proposal.id).prime(vote.proposal.id, { choice: vote.choice, at: vote.at });
    if (vote.flagged) supportLoader(ctx).prime(vote.proposal.id, await supportFor(ctx, actor.accountId));
    return vote.proposal;
  }

  @Authorized(...CONSULTATION_STAFF, Role.FORUM_MEMBER)
  @Mutation(() => ProposalCommentView)
  async commentOnProposal(@Args(() => CommentOnProposalArgs) args: CommentOnProposalArgs, @Ctx() { em, actor, app }: Context): Promise<ProposalComment> {
    return (await commentOnProposal(em, app, requireActor(actor), args)).comment;
  }

  @Authorized(...CONSULTATION_STAFF, Role.SAFEGUARDING_LEAD)
  @Mutation(() => ProposalCommentView, { description: 'Hides a comment from forum members, keeping it with the reason (audited).' })
  hideComment(@Args(() => HideCommentArgs) args: HideCommentArgs, @Ctx() { em, actor }: Context): Promise<ProposalComment> {
    return hideComment(em, requireActor(actor), args.commentId, args.reason);
  }

  @FieldResolver(() => ProposalStatus, { description: 'A vote past its closing time reads VOTING_CLOSED.' })
  status(@Root() proposal: Proposal): ProposalStatus {
    return effectiveStatus(proposal);
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => Service, { nullable: true })
  service(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return related(ctx, Service, proposal.service);
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => ForumView, { nullable: true })
  forum(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return related(ctx, Forum, proposal.forum);
  }

  @FieldResolver(() => Int, {
    description: 'Staff: votes cast so far. Forum members: 0 while voting is open (nobody is swayed by turnout either), then the turnout.',
  })
  async votesCast(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<number> {
    if (!staffOver(ctx.actor, proposal) && closedAt(proposal) === null) return 0;
    return loader(ctx, 'proposal.votesCast', (ids: readonly string[]) => votesCast(ctx.em, ids)).load(proposal.id);
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => Tally, { nullable: true, description: 'Null until voting closes.' })
  tally(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<TallyCounts | null> | null {
    if (closedAt(proposal) === null) return null;
    return loader<Proposal, TallyCounts | null>(ctx, 'proposal.tally', (proposals) => tallies(ctx.em, proposals)).load(proposal);
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => VoteChoice, { nullable: true, description: "The signed-in forum member's vote (null for staff)." })
  async myVote(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<VoteChoice | null> {
    return (await myVoteLoader(ctx).load(proposal.id))?.choice ?? null;
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => Date, { nullable: true, description: "When the signed-in member's vote was cast or last changed." })
  async myVoteAt(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<Date | null> {
    return (await myVoteLoader(ctx).load(proposal.id))?.at ?? null;
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => SupportMessage, { nullable: true, description: 'Set on castVote when the reason given may need a safeguarding response.' })
  support(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<SupportMessage | null> {
    return supportLoader(ctx).load(proposal.id);
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => [ProposalCommentView])
  comments(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<ProposalComment[]> {
    return loader(ctx, 'proposal.comments', (ids: readonly string[]) => commentsOf(ctx.em, requireActor(ctx.actor), ids)).load(proposal.id);
  }

}

@Resolver(() => ProposalCommentView)
export class ProposalCommentResolver {
  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => String, {
    description:
      "Staff see a member's display name; other members see “A forum member” (names are not shown to peers). Staff answers show the staff member's name.",
  })
  author(@Root() comment: ProposalComment, @Ctx() ctx: Context): string {
    const actor = requireActor(ctx.actor);
    const fromStaff = isStaff(comment.author.role);
    if (fromStaff || staffOver(actor, comment.author) || comment.author.id === actor.accountId) return comment.author.displayName ?? 'A forum member';
    return 'A forum member';
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => String, { nullable: true, description: 'Null while under safeguarding review, once erased, for forum members once hidden, and for others until read when the organisation reviews free text.' })
  async text(@Root() comment: ProposalComment, @Ctx() ctx: Context): Promise<string | null> {
    if (comment.input?.withheld || comment.input?.erasedAt) return null;
    const actor = requireActor(ctx.actor);
    if (comment.hiddenAt && !staffOver(actor, comment.author)) return null;
    // With review on, other members see a comment once a practitioner has read it; its author always.
    if (comment.input && comment.input.reviewedAt == null && comment.author.id !== actor.accountId && !readsUnreadWords(actor)) {
      const organisation = await ctx.em.findOne(Organisation, actor.organisationId); // identity map: once per request
      if (organisation?.reviewFreeText !== false) return null;
    }
    return comment.input ? comment.input.text : comment.text;
  }

  @FieldResolver(() => Boolean)
  hidden(@Root() comment: ProposalComment): boolean {
    return comment.hiddenAt !== null;
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => String, { nullable: true, description: 'Why it was hidden (staff only).' })
  hiddenReason(@Root() comment: ProposalComment, @Ctx() ctx: Context): string | null {
    return staffOver(requireActor(ctx.actor), comment.author) ? comment.hiddenReason : null;
  }

  @FieldResolver(() => Boolean, { description: 'Under safeguarding review: the words are shown only in the safeguarding queue.' })
  withheld(@Root() comment: ProposalComment): boolean {
    return comment.input?.withheld ?? false;
  }

  @FieldResolver(() => Boolean, { description: 'Written by the signed-in person.' })
  mine(@Root() comment: ProposalComment, @Ctx() ctx: Context): boolean {
    return comment.author.id === requireActor(ctx.actor).accountId;
  }

  @FieldResolver(() => Boolean, { description: 'An answer from a member of staff.' })
  fromStaff(@Root() comment: ProposalComment): boolean {
    return isStaff(comment.author.role);
  }

  @Authorized(...PROPOSAL_READERS)
  @FieldResolver(() => SupportMessage, { nullable: true, description: 'For the author of a comment under safeguarding review: who they can talk to now.' })
  async support(@Root() comment: ProposalComment, @Ctx() ctx: Context): Promise<SupportMessage | null> {
    const actor = requireActor(ctx.actor);
    if (!comment.input?.withheld || comment.author.id !== actor.accountId) return null;
    return supportFor(ctx, actor.accountId);
  }
}

import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Account } from '../identity/account.entity.js';
import { clearSessionCookie } from '../identity/session-cookie.js';
import { CONSULTATION_STAFF, requireActor, STAFF, staffOver } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role, isStaff } from '../shared/enums.js';
import { loader } from '../shared/loaders.js';
import type { Forum } from './forum.entity.js';
import { addForumMember, createForum, leaveForum, listForums, membersOf, reissueForumCode, removeForumMember } from './forum.service.js';
import { AddForumMemberArgs, CreateForumArgs } from './proposal.inputs.js';
import { ForumMemberInvite, ForumMemberView, ForumView } from './proposal.types.js';

@Resolver(() => ForumView)
export class ForumResolver {
  @Authorized(...STAFF, Role.FORUM_MEMBER)
  @Query(() => [ForumView], { description: "Staff: the organisation's youth forums. A forum member: their own forum." })
  forums(@Ctx() { em, actor }: Context): Promise<Forum[]> {
    return listForums(em, requireActor(actor));
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ForumView)
  createForum(@Args(() => CreateForumArgs) args: CreateForumArgs, @Ctx() { em, actor }: Context): Promise<Forum> {
    return createForum(em, requireActor(actor), args);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ForumMemberInvite)
  addForumMember(@Args(() => AddForumMemberArgs) args: AddForumMemberArgs, @Ctx() { em, actor, app }: Context): Promise<ForumMemberInvite> {
    return addForumMember(em, requireActor(actor), app, args);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ForumMemberInvite, {
    description: "A lost or new phone: signs the member out everywhere, revokes their unused codes and returns a new single-use code.",
  })
  reissueForumCode(@Arg('memberId', () => ID) memberId: string, @Ctx() { em, actor, app }: Context): Promise<ForumMemberInvite> {
    return reissueForumCode(em, requireActor(actor), app, memberId);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ForumView, { description: 'Takes a member off their forum (the account is deactivated); their votes stay counted.' })
  removeForumMember(@Arg('memberId', () => ID) memberId: string, @Ctx() { em, actor }: Context): Promise<Forum> {
    return removeForumMember(em, requireActor(actor), memberId);
  }

  @Authorized(Role.FORUM_MEMBER)
  @Mutation(() => Boolean, { description: 'A member leaves their forum and is signed out; their past votes stay counted, anonymously.' })
  async leaveForum(@Ctx() { em, actor, reply }: Context): Promise<boolean> {
    await leaveForum(em, requireActor(actor));
    clearSessionCookie(reply);
    return true;
  }

  /** Names of children: the forum's organisation's staff; its members get an empty list, anyone else is refused. */
  @Authorized(...STAFF, Role.FORUM_MEMBER)
  @FieldResolver(() => [ForumMemberView], { description: 'Active members. Staff only: forum members are not shown each other (an empty list).' })
  members(@Root() forum: Forum, @Ctx() ctx: Context): Promise<Account[]> | Account[] {
    if (!staffOver(ctx.actor, forum)) return [];
    const organisationId = requireActor(ctx.actor).organisationId;
    return loader<string, Account[]>(ctx, 'forum.members', async (ids) => {
      const byForum = await membersOf(ctx.em, organisationId, ids);
      return ids.map((id) => byForum.get(id) ?? []);
    }).load(forum.id);
  }
}

@Resolver(() => ForumMemberView)
export class ForumMemberResolver {
  /** A child's name: staff of the member's organisation only. */
  @Authorized(...STAFF)
  @FieldResolver(() => String)
  displayName(@Root() member: Account): string {
    return member.displayName ?? '';
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessCodePurpose } from '../identity/access-code.entity.js';
import { Account } from '../identity/account.entity.js';
import { endSessionsOf, issueAccessCodes } from '../identity/identity.service.js';
import { Organisation } from '../identity/organisation.entity.js';
import { performAction } from '../shared/audit.js';
import { sameOrganisation } from '../shared/auth.js';
import type { Actor, AppState } from '../shared/context.js';
import { AgeBand, Role, isStaff } from '../shared/enums.js';
import { badInput, notFound } from '../shared/errors.js';
import { Forum } from './forum.entity.js';

/** How long a printed join code works before it is used. */
export const FORUM_CODE_DAYS = 30;

export interface Invite {
  member: Account;
  joinCode: string;
  expiresAt: Date;
}

function required(field: string, value: string, message: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, message);
  return trimmed;
}

/** Loads a forum of the actor's organisation, or NOT_FOUND. */
export async function findForum(em: EntityManager, actor: Actor, id: string): Promise<Forum> {
  return sameOrganisation(actor, await em.findOne(Forum, { id }), 'Forum');
}

/** Creates a youth forum in the actor's organisation. Audited. */
export async function createForum(em: EntityManager, actor: Actor, input: { name: string; description?: string | null }): Promise<Forum> {
  const name = required('name', input.name, 'Enter a forum name.');
  return performAction(em, actor, 'createForum', async (tx) => {
    const forum = new Forum(tx.getReference(Organisation, actor.organisationId), name, tx.getReference(Account, actor.accountId));
    forum.description = input.description?.trim() || null;
    tx.persist(forum);
    return forum;
  });
}

/** Staff: their organisation's forums, by name. A forum member: their own forum only. */
export async function listForums(em: EntityManager, actor: Actor): Promise<Forum[]> {
  if (isStaff(actor.role)) return em.find(Forum, { organisation: actor.organisationId }, { orderBy: { name: 'asc', id: 'asc' } });
  const me = await em.findOne(Account, { id: actor.accountId, role: Role.FORUM_MEMBER }, { populate: ['forum'] });
  return me?.forum ? [me.forum] : [];
}

/** Active members of each forum, oldest first (for a DataLoader). */
export async function membersOf(em: EntityManager, organisationId: string, forumIds: readonly string[]): Promise<Map<string, Account[]>> {
  const members = await em.find(
    Account,
    { organisation: organisationId, forum: { $in: [...forumIds] }, role: Role.FORUM_MEMBER, deactivatedAt: null },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const byForum = new Map<string, Account[]>(forumIds.map((id) => [id, []]));
  for (const member of members) byForum.get(member.forum!.id)?.push(member);
  return byForum;
}

/** Revokes every code of a member that has not been used up, so a lost card stops working. */
async function revokeCodesOf(em: EntityManager, accountId: string): Promise<void> {
  await em
    .getConnection()
    .execute('update access_code set revoked_at = now() where account_id = ? and revoked_at is null', [accountId], 'run', em.getTransactionContext());
}

/** A FORUM_MEMBER code for the member, issued through identity's one code path (audited there too). */
async function inviteFor(tx: EntityManager, actor: Actor, app: AppState, member: Account): Promise<Invite> {
  const [joinCode] = await issueAccessCodes(tx, actor, app, {
    count: 1,
    expiresInDays: FORUM_CODE_DAYS,
    purpose: AccessCodePurpose.FORUM_MEMBER,
    account: member,
  });
  return { member, joinCode, expiresAt: new Date(Date.now() + FORUM_CODE_DAYS * 86_400_000) };
}

/**
 * Adds a young person to a forum as a FORUM_MEMBER account (display name and age band only, no
 * email or password) and returns a single-use join code for their phone, valid for 30 days. The
 * account and its code are made in one transaction. Errors: NOT_FOUND (forum), BAD_USER_INPUT.
 * Audited (addForumMember, issueForumCode).
 */
export async function addForumMember(
  em: EntityManager,
  actor: Actor,
  app: AppState,
  input: { forumId: string; displayName: string; ageBand?: AgeBand | null },
): Promise<Invite> {
  const displayName = required('displayName', input.displayName, 'Enter a first name or nickname.');
  let invite: Invite | undefined;
  await performAction(em, actor, 'addForumMember', async (tx) => {
    const forum = await findForum(tx, actor, input.forumId);
    const member = new Account(tx.getReference(Organisation, actor.organisationId), Role.FORUM_MEMBER);
    member.forum = forum;
    member.displayName = displayName;
    member.ageBand = input.ageBand ?? null;
    tx.persist(member);
    await tx.flush();
    invite = await inviteFor(tx, actor, app, member);
    return member;
  }, { forumId: input.forumId });
  return invite!;
}

/** An active forum member of the actor's organisation, or NOT_FOUND. */
async function findMember(em: EntityManager, actor: Actor, memberId: string): Promise<Account> {
  const member = await em.findOne(Account, { id: memberId, role: Role.FORUM_MEMBER, deactivatedAt: null });
  if (!member || member.organisation.id !== actor.organisationId) throw notFound('Forum member');
  return member;
}

/**
 * A lost or changed phone: ends every session of the member (the old device is signed out at
 * once), revokes their unused codes and returns a new single-use code. Votes and comments stay.
 * Errors: NOT_FOUND (no such active member in the actor's organisation). Audited.
 */
export async function reissueForumCode(em: EntityManager, actor: Actor, app: AppState, memberId: string): Promise<Invite> {
  let invite: Invite | undefined;
  await performAction(em, actor, 'reissueForumCode', async (tx) => {
    const member = await findMember(tx, actor, memberId);
    await endSessionsOf(tx, member.id);
    await revokeCodesOf(tx, member.id);
    invite = await inviteFor(tx, actor, app, member);
    return member;
  });
  return invite!;
}

/** Deactivates a member, ends their sessions and revokes their codes; their votes stay counted. */
async function deactivateMember(tx: EntityManager, member: Account): Promise<void> {
  member.deactivatedAt = new Date();
  await endSessionsOf(tx, member.id);
  await revokeCodesOf(tx, member.id);
}

/**
 * Staff take a member off a forum: the account is deactivated (signed out everywhere, codes
 * revoked). Their votes stay in every tally, never shown with their name. Returns the forum.
 * Errors: NOT_FOUND. Audited.
 */
export async function removeForumMember(em: EntityManager, actor: Actor, memberId: string): Promise<Forum> {
  const member = await performAction(em, actor, 'removeForumMember', async (tx) => {
    const found = await findMember(tx, actor, memberId);
    if (!found.forum) throw notFound('Forum member');
    await deactivateMember(tx, found);
    return found;
  });
  return em.findOneOrFail(Forum, member.forum!.id);
}

/**
 * A member leaves their forum on their own phone: as removeForumMember, for themselves. Their
 * past votes stay counted, anonymously. Audited (the member is the actor).
 */
export async function leaveForum(em: EntityManager, actor: Actor): Promise<void> {
  await performAction(em, actor, 'leaveForum', async (tx) => {
    const me = await findMember(tx, actor, actor.accountId);
    await deactivateMember(tx, me);
    return me;
  });
}

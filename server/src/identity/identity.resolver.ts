import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CONSULTATION_STAFF, PUBLIC, requireActor, SIGNED_IN, STAFF } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { AgeBand, Role } from '../shared/enums.js';
import { badInput } from '../shared/errors.js';
import { AccessCodePurpose } from './access-code.entity.js';
import { Account } from './account.entity.js';
import { CreateStaffAccountInput, InviteStaffInput } from './identity.inputs.js';
import { startMfaEnrolment } from './mfa.js';
import { confirmMfaEnrolment } from './mfa.service.js';
import {
  acceptInvite,
  changePassword,
  inviteStaff,
  reactivateStaffAccount,
  requestPasswordReset,
  resetPassword,
  resetStaffMfa,
  setStaffRole,
} from './staff-accounts.service.js';
import {
  createStaffAccount,
  deactivateStaffAccount,
  issueAccessCodes,
  joinWithCode,
  listStaff,
  signIn,
  signOut,
} from './identity.service.js';
import { Organisation } from './organisation.entity.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { MfaEnrolment, StaffAccount, Viewer } from './viewer.type.js';

function toViewer(account: Account, organisation: Organisation): Viewer {
  return { id: account.id, role: account.role, displayName: account.displayName, ageBand: account.ageBand, organisation, mfaEnabled: Boolean(account.mfaEnabledAt) };
}

function toStaff(account: Account): StaffAccount {
  return {
    id: account.id,
    email: account.email ?? '',
    displayName: account.displayName ?? '',
    role: account.role,
    active: !account.deactivatedAt,
    invitePending: !account.joinedAt,
    mfaEnabled: Boolean(account.mfaEnabledAt),
    lastSignInAt: account.lastSignInAt,
  };
}

/** Signs the browser in when a session was started (not when a second factor is still to come). */
function startedSessionViewer(
  ctx: Context,
  result: { account: Account; session: { token: string; expiresAt: Date } | null },
): Viewer {
  if (result.session) setSessionCookie(ctx.app.config, ctx.request, ctx.reply, result.session.token, result.session.expiresAt);
  return toViewer(result.account, result.account.organisation);
}

function limited(field: string, value: string, max: number): string {
  if (value.length > max) throw badInput(field, `${field} must be at most ${max} characters.`);
  return value;
}

@Resolver()
export class IdentityResolver {
  @Authorized(PUBLIC)
  @Query(() => Viewer, { nullable: true, description: 'The signed-in person, or null.' })
  async viewer(@Ctx() { em, actor }: Context): Promise<Viewer | null> {
    if (!actor) return null;
    const account = await em.findOneOrFail(Account, actor.accountId, { populate: ['organisation'] });
    return toViewer(account, account.organisation);
  }

  @Authorized(PUBLIC)
  @Mutation(() => Viewer)
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('mfaCode', () => String, { nullable: true, description: 'With a second factor enrolled (or required), a missing or wrong mfaCode is refused with MFA_REQUIRED.' })
    mfaCode: string | null,
    @Ctx() { em, app, ip, request, reply }: Context,
  ): Promise<Viewer> {
    const session = await signIn(em, app, ip, limited('email', email, 200), limited('password', password, 200), mfaCode ? limited('mfaCode', mfaCode, 20) : null);
    setSessionCookie(app.config, request, reply, session.token, session.expiresAt);
    return toViewer(session.account, session.account.organisation);
  }

  @Authorized(...SIGNED_IN)
  @Mutation(() => Boolean)
  async signOut(@Ctx() { em, actor, reply }: Context): Promise<boolean> {
    await signOut(em, requireActor(actor));
    clearSessionCookie(reply);
    return true;
  }

  @Authorized(PUBLIC)
  @Mutation(() => Viewer, { description: 'A child, young person or family member joins with a code from a worker: no email, no password.' })
  async joinWithCode(
    @Arg('code', () => String) code: string,
    @Arg('ageBand', () => AgeBand, { nullable: true }) ageBand: AgeBand | null,
    @Ctx() { em, app, ip, request, reply }: Context,
  ): Promise<Viewer> {
    const session = await joinWithCode(em, app, ip, limited('code', code, 40), ageBand ?? null);
    setSessionCookie(app.config, request, reply, session.token, session.expiresAt);
    return toViewer(session.account, session.account.organisation);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => [String], { description: 'Codes a worker hands to children or families for PARTICIPANTS_ONLY surveys (single use each).' })
  createParticipantCodes(
    @Arg('count', () => Int) count: number,
    @Arg('expiresInDays', () => Int, { nullable: true }) expiresInDays: number | null,
    @Ctx() { em, actor, app }: Context,
  ): Promise<string[]> {
    return issueAccessCodes(em, requireActor(actor), app, { count, expiresInDays: expiresInDays ?? 30, purpose: AccessCodePurpose.PARTICIPANT });
  }

  @Authorized(Role.ADMIN)
  @Query(() => [StaffAccount])
  async staffAccounts(@Ctx() { em, actor }: Context): Promise<StaffAccount[]> {
    return (await listStaff(em, requireActor(actor))).map(toStaff);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffAccount)
  async createStaffAccount(@Arg('input', () => CreateStaffAccountInput) input: CreateStaffAccountInput, @Ctx() { em, actor }: Context): Promise<StaffAccount> {
    return toStaff(await createStaffAccount(em, requireActor(actor), input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffAccount)
  async deactivateStaffAccount(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<StaffAccount> {
    return toStaff(await deactivateStaffAccount(em, requireActor(actor), id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffAccount, { description: 'Emails a single-use link (valid 7 days) to set a password.' })
  async inviteStaff(@Arg('input', () => InviteStaffInput) input: InviteStaffInput, @Ctx() { em, actor, app }: Context): Promise<StaffAccount> {
    return toStaff(await inviteStaff(em, requireActor(actor), app, input));
  }

  @Authorized(PUBLIC)
  @Mutation(() => Viewer)
  async acceptInvite(@Arg('token', () => String) token: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<Viewer> {
    return startedSessionViewer(ctx, await acceptInvite(ctx.em, ctx.app, token, password));
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, { description: 'Always true: it never says whether the address has an account. Emails a single-use link (valid 1 hour).' })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() { em, app, ip }: Context): Promise<boolean> {
    return requestPasswordReset(em, app, ip, email);
  }

  @Authorized(PUBLIC)
  @Mutation(() => Viewer)
  async resetPassword(@Arg('token', () => String) token: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<Viewer> {
    return startedSessionViewer(ctx, await resetPassword(ctx.em, ctx.app, token, password));
  }

  @Authorized(...STAFF)
  @Mutation(() => Boolean)
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() { em, actor, app }: Context,
  ): Promise<boolean> {
    return changePassword(em, app, requireActor(actor), currentPassword, newPassword);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffAccount)
  async setStaffRole(@Arg('id', () => ID) id: string, @Arg('role', () => Role) role: Role, @Ctx() { em, actor }: Context): Promise<StaffAccount> {
    return toStaff(await setStaffRole(em, requireActor(actor), id, role));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffAccount)
  async reactivateStaffAccount(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<StaffAccount> {
    return toStaff(await reactivateStaffAccount(em, requireActor(actor), id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffAccount, { description: 'For a lost phone: removes a member of staff’s authenticator app; they set up a new one at their next sign-in.' })
  async resetStaffMfa(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<StaffAccount> {
    return toStaff(await resetStaffMfa(em, requireActor(actor), id));
  }

  @Authorized(...STAFF)
  @Mutation(() => MfaEnrolment)
  startMfaEnrolment(@Ctx() { em, actor, app }: Context): Promise<MfaEnrolment> {
    return startMfaEnrolment(em, app.config, requireActor(actor).accountId);
  }

  @Authorized(...STAFF)
  @Mutation(() => Boolean)
  confirmMfaEnrolment(@Arg('code', () => String) code: string, @Ctx() { em, actor, app }: Context): Promise<boolean> {
    return confirmMfaEnrolment(em, app, requireActor(actor), limited('code', code, 20));
  }
}

import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CONSULTATION_STAFF, PUBLIC, requireActor, SIGNED_IN } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { AgeBand, Role } from '../shared/enums.js';
import { badInput } from '../shared/errors.js';
import { AccessCodePurpose } from './access-code.entity.js';
import { Account } from './account.entity.js';
import { CreateStaffAccountInput } from './identity.inputs.js';
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
import { StaffAccount, Viewer } from './viewer.type.js';

function toViewer(account: Account, organisation: Organisation): Viewer {
  return { id: account.id, role: account.role, displayName: account.displayName, ageBand: account.ageBand, organisation };
}

function toStaff(account: Account): StaffAccount {
  return { id: account.id, email: account.email ?? '', displayName: account.displayName ?? '', role: account.role, active: !account.deactivatedAt };
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
    @Ctx() { em, app, ip, request, reply }: Context,
  ): Promise<Viewer> {
    const session = await signIn(em, app, ip, limited('email', email, 200), limited('password', password, 200));
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
}

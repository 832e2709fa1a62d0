import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { performAction, recordAudit } from '../shared/audit.js';
import { requireRole, sameOrganisation } from '../shared/auth.js';
import type { Actor, AppState } from '../shared/context.js';
import { AgeBand, Role, STAFF_ROLES, isStaff } from '../shared/enums.js';
import { badInput, conflict, mfaRequired, rateLimited } from '../shared/errors.js';
import { checkCode, enrolmentFor, newEnrolment, openSecret, sealSecret } from './mfa.js';
import { checkNewPassword } from './passwords.js';
import { staffMfaRequired } from './mfa-policy.js';
import { AccessCode, AccessCodePurpose } from './access-code.entity.js';
import { Account } from './account.entity.js';
import { Organisation } from './organisation.entity.js';
import { keyedHash, newAccessCode, newSessionToken, normaliseAccessCode } from './secrets.js';
import { notifyChange } from '../shared/cache-bus.js';
import { cachedActor, forgetAccount, forgetAfterCommit, forgetToken, rememberActor } from './session-cache.js';
import { Session } from './session.entity.js';
import { enterOrganisationOf, organisationOf, setTenant } from '../shared/tenancy.js';

// Algorithm.Argon2id; the package's const enum cannot be imported under isolatedModules.
const ARGON2 = { algorithm: 2 as const };
// Verified against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = hash('not-a-password-anyone-has', ARGON2);

export interface StartedSession {
  account: Account;
  token: string;
  expiresAt: Date;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/**
 * Finds the actor behind a session token in one query (or the session cache): the session must be unrevoked and unexpired
 * and its account active. Returns null for anything else.
 */
export async function resolveActor(em: EntityManager, secret: string, token: string | undefined): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = keyedHash(secret, token);
  const cached = cachedActor(tokenHash);
  if (cached) {
    await setTenant(em, cached.organisationId);
    return cached;
  }
  // The session's organisation first: the rest of the request runs under it (shared/tenancy.ts).
  if (!(await enterOrganisationOf(em, 'session', tokenHash))) return null;
  const rows: Array<{ id: string; organisation_id: string; role: Role; display_name: string | null; expires_at: string }> = await em
    .getConnection()
    .execute(
      `select a.id, a.organisation_id, a.role, a.display_name, s.expires_at
         from session s join account a on a.id = s.account_id
        where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and a.deactivated_at is null`,
      [tokenHash],
    );
  const row = rows[0];
  if (!row) return null;
  const actor = { accountId: row.id, organisationId: row.organisation_id, role: row.role, displayName: row.display_name, sessionTokenHash: tokenHash };
  rememberActor(actor, new Date(row.expires_at));
  return actor;
}

/**
 * Staff sessions last SESSION_TTL_HOURS; a child's or forum member's phone stays signed in much
 * longer (MEMBER_SESSION_DAYS), since they have no password to sign in again with — a lost phone
 * is handled by the facilitator reissuing the code, which ends the old session.
 */
export async function startSession(em: EntityManager, app: AppState, account: Account): Promise<StartedSession> {
  const token = newSessionToken();
  const ttlMs = isStaff(account.role) ? app.config.sessionTtlHours * 3600_000 : app.config.memberSessionDays * 86_400_000;
  const expiresAt = new Date(Date.now() + ttlMs);
  em.persist(new Session(keyedHash(app.config.sessionSecret, token), account, expiresAt));
  return { account, token, expiresAt };
}

/**
 * Signs a member of staff in with email and password (argon2id). Failures are counted per account
 * and per IP and, past the limit, refused with RATE_LIMITED; a failure never says which part was
 * wrong. With a second factor enrolled, or required by the organisation, the password alone is
 * refused with MFA_REQUIRED: a missing or wrong `mfaCode` (a wrong one counts as a failure). Someone
 * who must use one and has none yet gets, with MFA_REQUIRED, a new secret to add to their app
 * (`enrolment`); signing in with a code from it turns it on. Starts a session and audits the sign-in.
 */
export async function signIn(em: EntityManager, app: AppState, ip: string, email: string, password: string, mfaCode: string | null = null): Promise<StartedSession> {
  const key = email.trim().toLowerCase();
  const wait = Math.max(await app.limits.signInByAccount.retryAfter(em, key), await app.limits.signInByIp.retryAfter(em, ip));
  if (wait > 0) throw rateLimited(wait);
  await enterOrganisationOf(em, 'account_email', key);
  const account = await em.findOne(Account, { email: key, deactivatedAt: null }, { populate: ['passwordHash', 'organisation', 'mfaSecret', 'mfaPendingSecret'] });
  let ok = false;
  if (account?.passwordHash && isStaff(account.role)) ok = await verify(account.passwordHash, password);
  else await verify(await DUMMY_HASH, password);
  if (!account || !ok) {
    await app.limits.signInByAccount.fail(em, key);
    await app.limits.signInByIp.fail(em, ip);
    throw badInput('email', 'That email address and password do not match an account.');
  }
  const enrolling = !account.mfaSecret && (await staffMfaRequired(em, account));
  if (account.mfaSecret || enrolling) {
    if (enrolling && !account.mfaPendingSecret) {
      const { secret } = newEnrolment(key);
      account.mfaPendingSecret = sealSecret(app.config, secret);
      await em.flush();
    }
    const enrolment = enrolling ? { enrolment: enrolmentFor(key, openSecret(app.config, account.mfaPendingSecret!)) } : {};
    if (!mfaCode) {
      throw mfaRequired(enrolling ? 'Your organisation asks staff to use an authenticator app. Add Heard to yours, then enter its code.' : 'Enter the code from your authenticator app.', enrolment);
    }
    const step = await checkCode(app.config, (account.mfaSecret ?? account.mfaPendingSecret)!, mfaCode, account.mfaLastStep);
    if (step === null) {
      await app.limits.signInByAccount.fail(em, key);
      await app.limits.signInByIp.fail(em, ip);
      throw mfaRequired('That code did not work. Enter the code your authenticator app shows now.', enrolment);
    }
    account.mfaLastStep = step;
    if (enrolling) {
      account.mfaSecret = account.mfaPendingSecret;
      account.mfaPendingSecret = null;
      account.mfaEnabledAt = new Date();
    }
  }
  await app.limits.signInByAccount.reset(em, key);
  account.lastSignInAt = new Date();
  // The code's step, a newly enabled factor and the time of sign-in, before the session exists.
  await em.flush();
  return em.transactional(async (tx) => {
    const session = await startSession(tx, app, account);
    if (enrolling) recordAudit(tx, actorOf(account), 'enableMfa', account);
    recordAudit(tx, actorOf(account), 'signIn', account);
    await tx.flush();
    return session;
  });
}

export function actorOf(account: Account): Actor {
  return { accountId: account.id, organisationId: account.organisation.id, role: account.role, displayName: account.displayName, sessionTokenHash: '' };
}

/** Ends the current session: its row is revoked, so the cookie no longer works anywhere. */
export async function signOut(em: EntityManager, actor: Actor): Promise<void> {
  await em.nativeUpdate(Session, { tokenHash: actor.sessionTokenHash }, { revokedAt: new Date() });
  // After the revocation is written (no transaction here: it is committed), so no request can cache it again.
  forgetAfterCommit(em.getTransactionContext(), () => forgetToken(actor.sessionTokenHash));
  await notifyChange(em, 'session', actor.sessionTokenHash);
}

/**
 * How many failed joins are allowed per 10 minutes, and why guessing a code stays hopeless.
 *
 * A code is 10 characters of Crockford base32: 32^10 = 2^50 ≈ 1.13 × 10^15 codes. Say a deployment
 * has L = 10,000 codes live at once (participant codes are single-use and every code expires).
 *
 * - Per address, 100 failures: a school's shared address survives a class mistyping 20 or more codes
 *   (successes are never counted). One address can make 100 × 144 = 14,400 guesses a day, each
 *   hitting with chance L / 32^10 ≈ 8.9 × 10^-12: ≈ 1.3 × 10^-7 a day, ≈ 4.7 × 10^-5 a year.
 * - Per code prefix (the first two characters: 1,024 buckets), 10 failures, from all addresses
 *   together: however many addresses an attacker has, at most 1,024 × 10 = 10,240 guesses land per
 *   10 minutes (≈ 1.5 × 10^6 a day): ≈ 1.3 × 10^-5 a day, ≈ 0.5% a year of non-stop guessing.
 *   A class's typos fall across the buckets (a mistyped code rarely shares its first two characters
 *   with nine others), so it does not trip this either. The price: someone who fills every bucket
 *   holds up joining everywhere while they keep at it — a nuisance, not a way in.
 */
export const JOIN_LIMITS = { windowMs: 10 * 60_000, perAddress: 100, perPrefix: 10 };

/**
 * Turns a code from a worker into a session. A PARTICIPANT code makes a new pseudonymous
 * participant (with the age band they chose); a FORUM_MEMBER code signs in that member. The use is
 * counted atomically, so a single-use code works once even when two phones race. Failures are
 * counted per address and per code prefix (JOIN_LIMITS); successes are not, so a whole class can
 * join from one school.
 */
export async function joinWithCode(em: EntityManager, app: AppState, ip: string, code: string, ageBand: AgeBand | null): Promise<StartedSession> {
  const normalised = normaliseAccessCode(code);
  const prefix = normalised.slice(0, 2);
  const wait = Math.max(await app.limits.joinByIp.retryAfter(em, ip), await app.limits.joinByPrefix.retryAfter(em, prefix));
  if (wait > 0) throw rateLimited(wait);
  const codeHash = keyedHash(app.config.sessionSecret, normalised);
  if (normalised.length) await enterOrganisationOf(em, 'access_code', codeHash);
  return em.transactional(async (tx) => {
    const used: Array<{ id: string }> = normalised.length
      ? await tx.getConnection().execute(
          `update access_code set uses = uses + 1
            where code_hash = ? and revoked_at is null and expires_at > now() and uses < max_uses
            returning id`,
          [codeHash],
          'all',
          tx.getTransactionContext(),
        )
      : [];
    if (!used.length) {
      await app.limits.joinByIp.fail(em, ip);
      await app.limits.joinByPrefix.fail(em, prefix);
      throw badInput('code', 'That code does not work. Check it with the person who gave it to you.');
    }
    const access = await tx.findOneOrFail(AccessCode, used[0].id, { populate: ['organisation', 'account.organisation'] });
    let account: Account;
    if (access.purpose === AccessCodePurpose.FORUM_MEMBER && access.account) {
      account = access.account;
      if (account.deactivatedAt) throw badInput('code', 'That code does not work. Check it with the person who gave it to you.');
      if (ageBand && ageBand !== AgeBand.NOT_SAID) account.ageBand = ageBand;
    } else {
      account = new Account(access.organisation, Role.PARTICIPANT);
      account.ageBand = ageBand ?? AgeBand.NOT_SAID;
      tx.persist(account);
    }
    const session = await startSession(tx, app, account);
    await tx.flush();
    return session;
  });
}

/**
 * Makes codes that a worker hands out for a purpose: `count` single-use participant codes, or one
 * code that signs in a forum member. Only HMACs are stored; the codes are returned once. Audited.
 */
export async function issueAccessCodes(
  em: EntityManager,
  actor: Actor,
  app: AppState,
  options: { count: number; expiresInDays: number; purpose: AccessCodePurpose; account?: Account },
): Promise<string[]> {
  const { count, expiresInDays, purpose } = options;
  if (!Number.isInteger(count) || count < 1 || count > 500) throw badInput('count', 'Make between 1 and 500 codes at a time.');
  if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 365) {
    throw badInput('expiresInDays', 'Codes must last between 1 and 365 days.');
  }
  const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
  const codes = Array.from({ length: count }, newAccessCode);
  await performAction(em, actor, purpose === AccessCodePurpose.PARTICIPANT ? 'createParticipantCodes' : 'issueForumCode', async (tx) => {
    const organisation = tx.getReference(Organisation, actor.organisationId);
    const creator = tx.getReference(Account, actor.accountId);
    for (const code of codes) {
      const row = new AccessCode(organisation, keyedHash(app.config.sessionSecret, normaliseAccessCode(code)), purpose, creator, expiresAt);
      row.account = options.account ?? null;
      tx.persist(row);
    }
    return options.account ?? (await tx.findOneOrFail(Organisation, actor.organisationId));
  }, { count, expiresAt: expiresAt.toISOString() });
  return codes;
}

/** Ends every session of an account (a lost phone, a deactivated member of staff). */
export async function endSessionsOf(em: EntityManager, accountId: string): Promise<void> {
  forgetAfterCommit(em.getTransactionContext(), () => forgetAccount(accountId));
  await em.nativeUpdate(Session, { account: accountId, revokedAt: null }, { revokedAt: new Date() });
  await notifyChange(em, 'account', accountId);
}

export interface StaffInput {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** Lists the organisation's staff accounts (ADMIN). */
export async function listStaff(em: EntityManager, actor: Actor): Promise<Account[]> {
  return em.find(Account, { organisation: actor.organisationId, role: { $in: [...STAFF_ROLES] } }, { orderBy: { displayName: 'asc' } });
}

/**
 * Creates a staff account in the admin's organisation with a starting password, which meets the
 * rule every new password meets (checkNewPassword: BAD_USER_INPUT on `password`). Audited.
 */
export async function createStaffAccount(em: EntityManager, actor: Actor, input: StaffInput): Promise<Account> {
  requireRole(actor, [Role.ADMIN]);
  if (!isStaff(input.role)) throw badInput('role', 'Staff accounts must have a staff role.');
  checkNewPassword(input.password, 'password');
  const email = input.email.trim().toLowerCase();
  // Email addresses are unique across organisations, which this request cannot see into.
  if (await organisationOf(em, 'account_email', email)) throw conflict('An account with that email address already exists.', { field: 'email' });
  const passwordHash = await hashPassword(input.password);
  return performAction(em, actor, 'createStaffAccount', async (tx) => {
    const account = new Account(tx.getReference(Organisation, actor.organisationId), input.role);
    account.email = email;
    account.displayName = input.displayName.trim();
    account.passwordHash = passwordHash;
    tx.persist(account);
    return account;
  }, { role: input.role });
}

/** Deactivates a staff account and ends its sessions; an admin cannot lock themselves out. Audited. */
export async function deactivateStaffAccount(em: EntityManager, actor: Actor, id: string): Promise<Account> {
  requireRole(actor, [Role.ADMIN]);
  if (id === actor.accountId) throw badInput('id', 'You cannot deactivate your own account.');
  return performAction(em, actor, 'deactivateStaffAccount', async (tx) => {
    const account = sameOrganisation(actor, await tx.findOne(Account, { id, role: { $in: [...STAFF_ROLES] } }), 'Staff account');
    account.deactivatedAt ??= new Date();
    await endSessionsOf(tx, account.id);
    return account;
  });
}

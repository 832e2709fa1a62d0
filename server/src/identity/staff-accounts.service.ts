import { enterOrganisationOf, organisationOf } from '../shared/tenancy.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { verify } from '@node-rs/argon2';
import { changedFields, performAction, recordAudit } from '../shared/audit.js';
import { requireRole, sameOrganisation } from '../shared/auth.js';
import type { Actor, AppState } from '../shared/context.js';
import { Role, STAFF_ROLES, isStaff } from '../shared/enums.js';
import { badInput, conflict, notFound, rateLimited } from '../shared/errors.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import { Account } from './account.entity.js';
import { actorOf, endSessionsOf, hashPassword, startSession, type StartedSession } from './identity.service.js';
import { Organisation } from './organisation.entity.js';
import { checkNewPassword } from './passwords.js';
import { keyedHash, newLinkToken } from './secrets.js';
import { staffMfaRequired } from './mfa-policy.js';
import { forgetAccount, forgetToken } from './session-cache.js';
import { notifyChange } from '../shared/cache-bus.js';
import { isUuid } from '../shared/input-guard.js';

const DAY = 86_400_000;

/** What sending a link needs: the configuration (secret, public address), mail and a log. */
export type MailContext = Pick<AppState, 'config' | 'mail' | 'log'>;
export const INVITE_DAYS = 7;
export const RESET_MINUTES = 60;

/** Where an emailed link lands: the token is in the fragment, so it never reaches a server log. */
export function linkFor(app: MailContext, page: 'accept-invite' | 'reset-password', token: string): string {
  return `${app.config.publicUrl}/${page}#token=${token}`;
}

/**
 * Issues a single-use link for an account, replacing (using up) any earlier unused link of the same
 * purpose, so only the newest email works. Returns the token; only its HMAC is stored.
 */
export async function issueToken(tx: EntityManager, app: MailContext, account: Account, purpose: AccountTokenPurpose, ttlMs: number): Promise<string> {
  const token = newLinkToken();
  await tx.nativeUpdate(AccountToken, { account: account.id, purpose, usedAt: null }, { usedAt: new Date() });
  tx.persist(new AccountToken(account, purpose, keyedHash(app.config.sessionSecret, token), new Date(Date.now() + ttlMs)));
  return token;
}

/**
 * Uses a link token once: one atomic UPDATE marks it used only if it is unused, unexpired, of this
 * purpose and its account still active, so two clicks racing cannot both succeed. Returns the
 * account, or throws BAD_USER_INPUT on `token`.
 */
async function consumeToken(tx: EntityManager, app: AppState, token: string, purpose: AccountTokenPurpose): Promise<Account> {
  // A public entry point: the link's token says which organisation to work in (row-level security).
  if (token.length > 0 && token.length <= 100) await enterOrganisationOf(tx, 'account_token', keyedHash(app.config.sessionSecret, token));
  const rows: Array<{ account_id: string }> =
    token.length > 0 && token.length <= 100
      ? await tx.getConnection().execute(
          `update account_token t set used_at = now()
             from account a
            where t.token_hash = ? and t.purpose = ? and t.used_at is null and t.expires_at > now()
              and a.id = t.account_id and a.deactivated_at is null
           returning t.account_id`,
          [keyedHash(app.config.sessionSecret, token), purpose],
          'all',
          tx.getTransactionContext(),
        )
      : [];
  if (!rows.length) {
    throw badInput(
      'token',
      purpose === AccountTokenPurpose.INVITE
        ? 'This invitation link has expired or has already been used. Ask your administrator to invite you again.'
        : 'This link has expired or has already been used. Ask for a new one.',
    );
  }
  return tx.findOneOrFail(Account, rows[0].account_id, { populate: ['organisation', 'passwordHash', 'mfaSecret'] });
}

async function sendOrLog(app: MailContext, message: { to: string; subject: string; text: string }, what: string): Promise<void> {
  try {
    await app.mail.send(message);
  } catch (error) {
    // The address is personal data: the log says what failed, not to whom.
    app.log.error({ err: error }, `could not send ${what} email`);
  }
}

export interface InviteInput {
  email: string;
  displayName: string;
  role: Role;
}

/**
 * Invites a member of staff to the admin's organisation: an account with no password and a
 * single-use link, valid 7 days, emailed to them to set one. Inviting a pending address again
 * sends a new link (the old one stops working) rather than a second account. Errors:
 * BAD_USER_INPUT (`role` not a staff role), CONFLICT on `email` (an account that has joined, or
 * any account in another organisation). Audited.
 */
export async function inviteStaff(em: EntityManager, actor: Actor, app: AppState, input: InviteInput): Promise<Account> {
  requireRole(actor, [Role.ADMIN]);
  if (!isStaff(input.role)) throw badInput('role', 'Staff accounts must have a staff role.');
  const email = input.email.trim().toLowerCase();
  const displayName = input.displayName.trim();
  if (!displayName) throw badInput('displayName', 'Enter a name of up to 100 characters.');
  let token = '';
  const account = await performAction(
    em,
    actor,
    'inviteStaff',
    async (tx) => {
      // Addresses are unique across organisations, and row-level security hides the others' accounts.
      const owner = await organisationOf(tx, 'account_email', email);
      if (owner && owner !== actor.organisationId) throw conflict('An account with that email address already exists.', { field: 'email' });
      let existing = await tx.findOne(Account, { email }, { populate: ['organisation'] });
      if (existing && (existing.organisation.id !== actor.organisationId || existing.joinedAt || !isStaff(existing.role))) {
        throw conflict('An account with that email address already exists.', { field: 'email' });
      }
      if (!existing) {
        existing = new Account(tx.getReference(Organisation, actor.organisationId), input.role);
        existing.email = email;
        existing.joinedAt = null;
        tx.persist(existing);
      }
      existing.role = input.role;
      existing.displayName = displayName;
      existing.deactivatedAt = null;
      token = await issueToken(tx, app, existing, AccountTokenPurpose.INVITE, INVITE_DAYS * DAY);
      return existing;
    },
    { role: input.role },
  );
  const organisation = await em.findOneOrFail(Organisation, actor.organisationId);
  await sendInvitation(app, email, displayName, organisation.name, actor.displayName, token);
  return account;
}

export async function sendInvitation(app: MailContext, email: string, displayName: string, organisationName: string, from: string | null, token: string): Promise<void> {
  await sendOrLog(
    app,
    {
      to: email,
      subject: `You have been invited to Heard (${organisationName})`,
      text: [
        `Hello ${displayName},`,
        '',
        `${from ?? 'Your administrator'} has invited you to Heard for ${organisationName}.`,
        `Choose your password here (the link works once, for ${INVITE_DAYS} days):`,
        '',
        linkFor(app, 'accept-invite', token),
        '',
        'If you were not expecting this, you can ignore this email.',
      ].join('\n'),
    },
    'invitation',
  );
}

/**
 * Accepts an invitation: sets the first password (at least 12 characters, not a common one) and
 * signs the new member of staff in — unless their organisation requires a second factor, when
 * they sign in next and set it up there (no session is started). The link works once. Errors:
 * BAD_USER_INPUT (`password`, checked before the link is used; `token`). Audited.
 */
export async function acceptInvite(em: EntityManager, app: AppState, token: string, password: string): Promise<{ account: Account; session: StartedSession | null }> {
  checkNewPassword(password, 'password');
  const passwordHash = await hashPassword(password);
  return em.transactional(async (tx) => {
    const account = await consumeToken(tx, app, token, AccountTokenPurpose.INVITE);
    account.passwordHash = passwordHash;
    account.joinedAt ??= new Date();
    const needsMfa = await staffMfaRequired(tx, account);
    const session = needsMfa ? null : await startSession(tx, app, account);
    if (session) account.lastSignInAt = new Date();
    recordAudit(tx, actorOf(account), 'acceptInvite', account);
    await tx.flush();
    return { account, session };
  });
}

/**
 * "Forgot password": if the address belongs to an active member of staff who has joined, emails a
 * single-use link valid for an hour. Always returns true and takes the same path either way, so
 * it never says whether an address has an account; requests per address are limited (silently).
 * Audited when a link is sent.
 */
export async function requestPasswordReset(em: EntityManager, app: AppState, ip: string, email: string): Promise<true> {
  const key = email.trim().toLowerCase().slice(0, 200);
  const limited = (await app.limits.resetByAccount.retryAfter(em, key)) > 0 || (await app.limits.resetByIp.retryAfter(em, ip)) > 0;
  // Every request counts (not only failures): each one may send an email.
  await app.limits.resetByAccount.fail(em, key);
  await app.limits.resetByIp.fail(em, ip);
  if (limited) return true;
  await enterOrganisationOf(em, 'account_email', key);
  const account = await em.findOne(Account, { email: key, deactivatedAt: null, joinedAt: { $ne: null } });
  if (!account || !isStaff(account.role)) return true;
  const token = await em.transactional(async (tx) => {
    const t = await issueToken(tx, app, account, AccountTokenPurpose.RESET, RESET_MINUTES * 60_000);
    recordAudit(tx, actorOf(account), 'requestPasswordReset', account);
    await tx.flush();
    return t;
  });
  // Not awaited: the answer must not take longer when the address exists.
  void sendOrLog(
    app,
    {
      to: key,
      subject: 'Reset your Heard password',
      text: [
        'Someone (we hope you) asked to reset the password of your Heard account.',
        `Choose a new password here (the link works once, for ${RESET_MINUTES} minutes):`,
        '',
        linkFor(app, 'reset-password', token),
        '',
        'If you did not ask, ignore this email: your password has not changed.',
      ].join('\n'),
    },
    'password reset',
  );
  return true;
}

/**
 * Sets a new password from a reset link (used once) and ends every session of the account, so
 * whoever had the old password is signed out everywhere. Signs the person in unless they use (or
 * their organisation requires) a second factor: then they sign in with their code. Errors:
 * BAD_USER_INPUT (`password`, checked before the link is used; `token`). Audited.
 */
export async function resetPassword(em: EntityManager, app: AppState, token: string, password: string): Promise<{ account: Account; session: StartedSession | null }> {
  checkNewPassword(password, 'password');
  const passwordHash = await hashPassword(password);
  return em.transactional(async (tx) => {
    const account = await consumeToken(tx, app, token, AccountTokenPurpose.RESET);
    account.passwordHash = passwordHash;
    await endSessionsOf(tx, account.id);
    const needsMfa = Boolean(account.mfaSecret) || (await staffMfaRequired(tx, account));
    const session = needsMfa ? null : await startSession(tx, app, account);
    if (session) account.lastSignInAt = new Date();
    recordAudit(tx, actorOf(account), 'resetPassword', account);
    await tx.flush();
    return { account, session };
  });
}

/**
 * Changes the signed-in member of staff's password after checking the current one, and ends their
 * other sessions (this one stays). Errors: BAD_USER_INPUT (`currentPassword` wrong, counted like a
 * failed sign-in; `newPassword` too short, common, or the same). Audited.
 */
export async function changePassword(em: EntityManager, app: AppState, actor: Actor, currentPassword: string, newPassword: string): Promise<true> {
  const account = await em.findOneOrFail(Account, actor.accountId, { populate: ['passwordHash'] });
  const key = account.email ?? account.id;
  const wait = await app.limits.signInByAccount.retryAfter(em, key);
  if (wait > 0) throw rateLimited(wait);
  if (!account.passwordHash || currentPassword.length > 200 || !(await verify(account.passwordHash, currentPassword))) {
    await app.limits.signInByAccount.fail(em, key);
    throw badInput('currentPassword', 'Your current password is not right.');
  }
  checkNewPassword(newPassword, 'newPassword');
  if (newPassword === currentPassword) throw badInput('newPassword', 'Choose a password different from your current one.');
  const passwordHash = await hashPassword(newPassword);
  await performAction(em, actor, 'changePassword', async (tx) => {
    const a = await tx.findOneOrFail(Account, actor.accountId);
    a.passwordHash = passwordHash;
    const ended: Array<{ token_hash: string }> = await tx
      .getConnection()
      .execute(
        'update session set revoked_at = now() where account_id = ? and revoked_at is null and token_hash <> ? returning token_hash',
        [a.id, actor.sessionTokenHash],
        'all',
        tx.getTransactionContext(),
      );
    for (const { token_hash } of ended) {
      forgetToken(token_hash);
      await notifyChange(tx, 'session', token_hash);
    }
    return a;
  });
  return true;
}

async function findStaff(em: EntityManager, actor: Actor, id: string): Promise<Account> {
  if (!isUuid(id)) throw notFound('Staff account');
  return sameOrganisation(actor, await em.findOne(Account, { id, role: { $in: [...STAFF_ROLES] } }), 'Staff account');
}

/**
 * Changes a member of staff's role (staff roles only). An admin cannot change their own role, so an
 * organisation always keeps an admin. Their sessions see the new role at once. Errors:
 * BAD_USER_INPUT (`role` not a staff role, `id` their own), NOT_FOUND. Audited before and after.
 */
export async function setStaffRole(em: EntityManager, actor: Actor, id: string, role: Role): Promise<Account> {
  requireRole(actor, [Role.ADMIN]);
  if (!isStaff(role)) throw badInput('role', 'Choose a staff role.');
  if (id === actor.accountId) throw badInput('id', 'You cannot change your own role; ask another admin.');
  const details: Record<string, unknown> = {};
  return performAction(
    em,
    actor,
    'setStaffRole',
    async (tx) => {
      const account = await findStaff(tx, actor, id);
      Object.assign(details, changedFields({ role: account.role }, { role }));
      account.role = role;
      // resolveActor reads the role with the session, but no instance's few-second cache may keep the old one.
      forgetAccount(account.id);
      await notifyChange(tx, 'account', account.id);
      return account;
    },
    details,
  );
}

/**
 * Brings a deactivated member of staff back: they sign in with their password (or reset it) as
 * before. Reactivating an active account changes nothing and writes nothing. NOT_FOUND for another
 * organisation's account. Audited.
 */
export async function reactivateStaffAccount(em: EntityManager, actor: Actor, id: string): Promise<Account> {
  requireRole(actor, [Role.ADMIN]);
  const current = await findStaff(em, actor, id);
  if (!current.deactivatedAt) return current;
  return performAction(em, actor, 'reactivateStaffAccount', async (tx) => {
    const account = await findStaff(tx, actor, id);
    account.deactivatedAt = null;
    return account;
  });
}

/**
 * For a lost phone: removes a member of staff's second factor, so they set up a new one when they
 * next sign in (as they must if the organisation requires it), and ends their sessions. An admin
 * resets their own through another admin. NOT_FOUND for another organisation. Audited.
 */
export async function resetStaffMfa(em: EntityManager, actor: Actor, id: string): Promise<Account> {
  requireRole(actor, [Role.ADMIN]);
  if (id === actor.accountId) throw badInput('id', 'Ask another admin to reset your own second factor.');
  return performAction(em, actor, 'resetStaffMfa', async (tx) => {
    const account = await findStaff(tx, actor, id);
    account.mfaSecret = null;
    account.mfaPendingSecret = null;
    account.mfaEnabledAt = null;
    account.mfaLastStep = null;
    await endSessionsOf(tx, account.id);
    return account;
  });
}

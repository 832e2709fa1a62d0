import { organisationOf, withTenant } from '../shared/tenancy.js';
import { isUuid } from '../shared/input-guard.js';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { recordAudit } from '../shared/audit.js';
import type { AppState } from '../shared/context.js';
import { STAFF_ROLES } from '../shared/enums.js';
import { Account } from './account.entity.js';
import { actorOf, startSession } from './identity.service.js';
import { OidcLogin } from './oidc-login.entity.js';
import { Organisation } from './organisation.entity.js';
import { keyedHash, seal, unseal } from './secrets.js';
import { setSessionCookie } from './session-cookie.js';

/** The cookie that ties a callback to the browser that started the sign-in (no login CSRF). */
const STATE_COOKIE = 'heard_oidc_state';
const ATTEMPT_MS = 10 * 60_000;
const DISCOVERY_TTL_MS = 10 * 60_000;

/** Why a single sign-on did not work, as the sign-in page is told (never more than this). */
export type OidcFailure = 'unavailable' | 'expired' | 'unverified' | 'no-account' | 'failed';

export class OidcError extends Error {
  constructor(
    readonly reason: OidcFailure,
    message: string,
  ) {
    super(message);
  }
}

const discovered = new Map<string, { at: number; config: client.Configuration }>();

/** Loopback issuers over plain HTTP are allowed outside production (a provider started by tests or a developer). */
function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** The organisation's OpenID Provider, discovered from its issuer (cached for ten minutes). */
async function providerFor(app: AppState, organisation: Organisation): Promise<client.Configuration> {
  if (!organisation.oidcIssuer || !organisation.oidcClientId || !organisation.oidcClientSecret) {
    throw new OidcError('unavailable', 'single sign-on is not set up for this organisation');
  }
  const key = `${organisation.id}:${organisation.oidcIssuer}:${organisation.oidcClientId}`;
  const cached = discovered.get(key);
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
  const issuer = new URL(organisation.oidcIssuer);
  const insecure = isLoopback(issuer) && app.config.nodeEnv !== 'production';
  const secret = unseal(app.config.sessionSecret, organisation.oidcClientSecret);
  let config: client.Configuration;
  try {
    // openid-client checks that the discovered issuer is exactly the configured one.
    config = await client.discovery(issuer, organisation.oidcClientId, secret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined);
  } catch (error) {
    app.log.warn({ err: error, organisationId: organisation.id }, 'single sign-on discovery failed');
    throw new OidcError('unavailable', 'the identity provider could not be reached or is not the configured issuer');
  }
  discovered.set(key, { at: Date.now(), config });
  return config;
}

export const redirectUri = (app: AppState) => `${app.config.publicUrl}/auth/oidc/callback`;

/**
 * Starts signing a member of staff in with their organisation's identity provider: records the
 * attempt (state as an HMAC, nonce, sealed PKCE verifier) and returns the provider's authorization
 * URL, the state to bind to the browser, and when the attempt expires.
 */
export async function startOidcSignIn(em: EntityManager, app: AppState, organisationId: string): Promise<{ url: URL; state: string }> {
  const organisation = isUuid(organisationId) ? await em.findOne(Organisation, organisationId, { populate: ['oidcClientSecret'] }) : null;
  if (!organisation) throw new OidcError('unavailable', 'unknown organisation');
  const config = await providerFor(app, organisation);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  em.persist(new OidcLogin(organisation, keyedHash(app.config.sessionSecret, state), nonce, seal(app.config.sessionSecret, codeVerifier), new Date(Date.now() + ATTEMPT_MS)));
  await em.flush();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(app),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, state };
}

/**
 * Finishes a single sign-on: the state must be the one this browser started with and unused (a
 * replayed callback is refused), the code is exchanged with PKCE, and the ID token's issuer,
 * audience, signature and nonce are checked by openid-client. The person must have a verified
 * email that belongs to an active, invited or joined member of staff of that organisation: nobody
 * is created on the fly. Starts a session (the provider's own sign-in stands in for the second
 * factor) and audits it.
 */
export async function finishOidcSignIn(em: EntityManager, app: AppState, callbackUrl: URL, browserState: string | undefined) {
  const state = callbackUrl.searchParams.get('state') ?? '';
  if (!state || state !== browserState) throw new OidcError('expired', 'the sign-in was not started in this browser');
  const rows: Array<{ id: string }> = await em
    .getConnection()
    .execute(
      'update oidc_login set used_at = now() where state_hash = ? and used_at is null and expires_at > now() returning id',
      [keyedHash(app.config.sessionSecret, state)],
    );
  if (!rows.length) throw new OidcError('expired', 'the sign-in attempt was used already or has expired');
  const attempt = await em.findOneOrFail(OidcLogin, rows[0].id, { populate: ['organisation', 'organisation.oidcClientSecret'] });
  const organisation = attempt.organisation;
  const config = await providerFor(app, organisation);
  let claims: Record<string, unknown> | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: unseal(app.config.sessionSecret, attempt.codeVerifier),
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    claims = { ...idToken };
    // Providers that keep the email out of the ID token give it at the UserInfo endpoint, for the same subject.
    if (typeof idToken.email !== 'string') claims = { ...claims, ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)) };
  } catch (error) {
    app.log.warn({ err: error, organisationId: organisation.id }, 'single sign-on callback refused');
    throw new OidcError('failed', 'the identity provider’s answer was refused');
  }
  const email = typeof claims?.email === 'string' ? claims.email.trim().toLowerCase() : '';
  // email_verified (OpenID Connect); Microsoft Entra ID says the same with xms_edov (email domain owner verified).
  const verified = claims?.email_verified === true || claims?.xms_edov === true;
  if (!email || !verified) throw new OidcError('unverified', 'the identity provider did not vouch for an email address');
  const account = await em.findOne(
    Account,
    { email, organisation: organisation.id, deactivatedAt: null, role: { $in: [...STAFF_ROLES] } },
    { populate: ['organisation'] },
  );
  if (!account) throw new OidcError('no-account', 'no invited member of staff has that email address');
  return em.transactional(async (tx) => {
    const a = await tx.findOneOrFail(Account, account.id, { populate: ['organisation'] });
    a.joinedAt ??= new Date();
    a.lastSignInAt = new Date();
    const session = await startSession(tx, app, a);
    recordAudit(tx, actorOf(a), 'signInWithOidc', a, { issuer: organisation.oidcIssuer });
    await tx.flush();
    return session;
  });
}

/** Sets up an organisation's single sign-on (the command line's job: whoever runs Heard holds the secret). */
export function setOidcClient(organisation: Organisation, sessionSecret: string, oidc: { issuer: string; clientId: string; clientSecret: string }): void {
  new URL(oidc.issuer); // throws on anything that is not a URL
  organisation.oidcIssuer = oidc.issuer;
  organisation.oidcClientId = oidc.clientId;
  organisation.oidcClientSecret = seal(sessionSecret, oidc.clientSecret);
}

function failed(reply: FastifyReply, reason: OidcFailure) {
  return reply.redirect(`/sign-in?sso=${reason}`, 303);
}

/** GET /auth/oidc/start?organisation=<id> and GET /auth/oidc/callback. */
export function registerOidcRoutes(server: FastifyInstance, orm: MikroORM, app: AppState): void {
  const secure = (request: FastifyRequest) => app.config.secureCookies || request.protocol === 'https';
  server.get<{ Querystring: { organisation?: string } }>('/auth/oidc/start', async (request, reply) => {
    try {
      const organisationId = String(request.query.organisation ?? '');
      // Row-level security: the attempt is stored under the organisation it is for.
      const { url, state } = isUuid(organisationId)
        ? await withTenant(orm, organisationId, (em) => startOidcSignIn(em, app, organisationId))
        : await startOidcSignIn(orm.em.fork(), app, organisationId);
      reply.setCookie(STATE_COOKIE, state, { httpOnly: true, sameSite: 'lax', secure: secure(request), path: '/auth/oidc', maxAge: ATTEMPT_MS / 1000 });
      return reply.header('cache-control', 'no-store').redirect(url.href, 303);
    } catch (error) {
      if (error instanceof OidcError) return failed(reply, error.reason);
      throw error;
    }
  });
  server.get('/auth/oidc/callback', async (request, reply) => {
    reply.clearCookie(STATE_COOKIE, { path: '/auth/oidc' });
    try {
      const callbackUrl = new URL(request.url, app.config.publicUrl);
      // The state names the attempt, and so its organisation: the rest runs under it.
      const state = callbackUrl.searchParams.get('state') ?? '';
      const organisationId = state ? await organisationOf(orm.em.fork(), 'oidc_state', keyedHash(app.config.sessionSecret, state)) : null;
      const session = organisationId
        ? await withTenant(orm, organisationId, (em) => finishOidcSignIn(em, app, callbackUrl, request.cookies[STATE_COOKIE]))
        : await finishOidcSignIn(orm.em.fork(), app, callbackUrl, request.cookies[STATE_COOKIE]);
      setSessionCookie(app.config, request, reply, session.token, session.expiresAt);
      return reply.header('cache-control', 'no-store').redirect('/staff', 303);
    } catch (error) {
      if (error instanceof OidcError) {
        request.log.info({ reason: error.reason }, 'single sign-on refused');
        return failed(reply, error.reason);
      }
      throw error;
    }
  });
}

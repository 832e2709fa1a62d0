import { generateSecret, generateURI, verify } from 'otplib';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { Account } from './account.entity.js';
import { seal, unseal } from './secrets.js';

/** How far either side of now a code is accepted, in seconds: one 30-second step for clock drift. */
const TOLERANCE_SECONDS = 30;
const ISSUER = 'Heard';

export interface Enrolment {
  secret: string;
  otpauthUrl: string;
}

/** A new base32 secret for an authenticator app, with the otpauth:// URL its QR code carries. */
export function newEnrolment(email: string): Enrolment {
  const secret = generateSecret();
  return { secret, otpauthUrl: generateURI({ issuer: ISSUER, label: email, secret }) };
}

export function enrolmentFor(email: string, secret: string): Enrolment {
  return { secret, otpauthUrl: generateURI({ issuer: ISSUER, label: email, secret }) };
}

/**
 * Checks a six-digit code against a sealed secret and returns its time step, or null. A step at or
 * before `lastStep` is refused, so a code seen over someone's shoulder cannot be used again.
 */
export async function checkCode(config: Config, sealedSecret: string, code: string, lastStep: number | null): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret: unseal(config.sessionSecret, sealedSecret), token, epochTolerance: TOLERANCE_SECONDS });
  if (!result.valid) return null;
  const step = (result as { timeStep?: number }).timeStep ?? Math.floor(Date.now() / 30_000);
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** Seals a secret for storage. */
export const sealSecret = (config: Config, secret: string) => seal(config.sessionSecret, secret);
export const openSecret = (config: Config, sealed: string) => unseal(config.sessionSecret, sealed);

/** Loads an account's lazy MFA columns. */
export async function withMfa(em: EntityManager, account: Account): Promise<Account> {
  await em.populate(account, ['mfaSecret', 'mfaPendingSecret']);
  return account;
}

/**
 * Starts setting up an authenticator app for the signed-in member of staff: a new secret, kept
 * (sealed) as pending until a code from the app confirms it. Starting again replaces the pending
 * one; a factor already on stays on until the new one is confirmed. Not audited (nothing changes
 * until confirmation).
 */
export async function startMfaEnrolment(em: EntityManager, config: Config, accountId: string): Promise<Enrolment> {
  const account = await em.findOneOrFail(Account, accountId);
  const enrolment = newEnrolment(account.email ?? account.id);
  account.mfaPendingSecret = sealSecret(config, enrolment.secret);
  await em.flush();
  return enrolment;
}

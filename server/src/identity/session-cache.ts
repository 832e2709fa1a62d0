import type { Actor } from '../shared/context.js';

/**
 * Who is behind a session token, remembered for a few seconds so that a burst of requests from one
 * device (a survey being submitted, a class joining) does not look the session up every time.
 * Sign-out and ending an account's sessions clear entries at once in this process and, through the
 * cache bus (shared/cache-bus.ts), in every other instance when the change commits; an entry never
 * outlives its session's expiry.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, { actor: Actor; until: number }>();

export function cachedActor(tokenHash: string, now = Date.now()): Actor | undefined {
  const entry = cache.get(tokenHash);
  if (!entry) return undefined;
  if (entry.until <= now) {
    cache.delete(tokenHash);
    return undefined;
  }
  return entry.actor;
}

export function rememberActor(actor: Actor, sessionExpiresAt: Date, now = Date.now()): void {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(actor.sessionTokenHash, { actor, until: Math.min(now + TTL_MS, sessionExpiresAt.getTime()) });
}

/** Forgets one session ('*': every session, when changes may have been missed). */
export function forgetToken(tokenHash: string): void {
  if (tokenHash === '*') cache.clear();
  else cache.delete(tokenHash);
}

/**
 * Forgets now and again once `transaction` (the knex transaction a change runs in, if any) has
 * ended. Between the two, a request may read the session row as it was before the change (the
 * change is not visible yet) and cache it again; without the second forget a deactivated account
 * would be let in for up to TTL_MS. (The cache bus does the same for other instances.)
 */
export function forgetAfterCommit(transaction: unknown, forget: () => void): void {
  forget();
  const ended = (transaction as { executionPromise?: Promise<unknown> } | null | undefined)?.executionPromise;
  // Also after a rollback (knex resolves this either way): forgetting again costs one look-up.
  ended?.then(forget, forget);
}

export function forgetAccount(accountId: string): void {
  if (accountId === '*') return cache.clear();
  for (const [key, entry] of cache) if (entry.actor.accountId === accountId) cache.delete(key);
}

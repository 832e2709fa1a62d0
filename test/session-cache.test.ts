import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSessionsOf } from '../server/src/identity/identity.service.js';
import { cachedActor, forgetAccount, forgetToken, rememberActor } from '../server/src/identity/session-cache.js';
import { openOrm } from '../server/src/orm.js';
import { createTestDatabase } from './support/db.js';
import { Role } from '../server/src/shared/enums.js';

const actor = (token: string, accountId = 'a1') => ({ accountId, organisationId: 'o1', role: Role.PARTICIPANT, displayName: null, sessionTokenHash: token });

describe('session cache', () => {
  it('remembers an actor for a few seconds, never past the session’s expiry', () => {
    const now = 1_000_000;
    rememberActor(actor('t1'), new Date(now + 60_000), now);
    expect(cachedActor('t1', now + 4_000)?.accountId).toBe('a1');
    expect(cachedActor('t1', now + 5_001)).toBeUndefined();
    rememberActor(actor('t2'), new Date(now + 1_000), now);
    expect(cachedActor('t2', now + 999)).toBeDefined();
    expect(cachedActor('t2', now + 1_000)).toBeUndefined();
  });

  it('forgets a token on sign-out and every token of an account whose sessions end', () => {
    const now = Date.now();
    rememberActor(actor('t3', 'a3'), new Date(now + 60_000), now);
    rememberActor(actor('t4', 'a4'), new Date(now + 60_000), now);
    rememberActor(actor('t5', 'a4'), new Date(now + 60_000), now);
    forgetToken('t3');
    forgetAccount('a4');
    expect([cachedActor('t3', now), cachedActor('t4', now), cachedActor('t5', now)]).toEqual([undefined, undefined, undefined]);
  });
});

describe('ending sessions forgets them after the change commits', () => {
  let orm: MikroORM;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await openOrm(db.url);
  });
  afterAll(async () => {
    await orm.close();
    await db.drop();
  });

  // A request that reads the session while the revocation is still uncommitted finds it active and
  // caches it: this is what a concurrent request does during a deactivation.
  const racingRequest = (token: string, accountId: string) => rememberActor(actor(token, accountId), new Date(Date.now() + 3_600_000));

  it('does not let a deactivated account in from a session cached while the deactivation was committing', async () => {
    const accountId = randomUUID();
    let cachedWhileCommitting: unknown;
    await orm.em.fork().transactional(async (tx) => {
      await endSessionsOf(tx, accountId);
      racingRequest('t6', accountId);
      cachedWhileCommitting = cachedActor('t6');
    });
    expect(cachedWhileCommitting).toBeDefined();
    expect(cachedActor('t6')).toBeUndefined();
  });

  it('keeps that session cached when it is forgotten only before the commit (the twin)', async () => {
    const accountId = randomUUID();
    await orm.em.fork().transactional(async () => {
      forgetAccount(accountId);
      racingRequest('t7', accountId);
    });
    expect(cachedActor('t7')?.accountId).toBe(accountId);
    forgetAccount(accountId);
  });
});

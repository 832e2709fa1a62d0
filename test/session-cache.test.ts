import { describe, expect, it } from 'vitest';
import { cachedActor, forgetAccount, forgetToken, rememberActor } from '../server/src/identity/session-cache.js';
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

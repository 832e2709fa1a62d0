import type { EntityManager } from '@mikro-orm/postgresql';
import { performAction } from '../shared/audit.js';
import type { Actor, AppState } from '../shared/context.js';
import { badInput, conflict } from '../shared/errors.js';
import { Account } from './account.entity.js';
import { checkCode } from './mfa.js';

/**
 * Confirms a pending authenticator app with a code it shows: the factor is on from now, and every
 * later password sign-in needs a code. Errors: CONFLICT (nothing pending: start first),
 * BAD_USER_INPUT on `code` (wrong or already used). Audited.
 */
export async function confirmMfaEnrolment(em: EntityManager, app: AppState, actor: Actor, code: string): Promise<true> {
  const account = await em.findOneOrFail(Account, actor.accountId, { populate: ['mfaPendingSecret'] });
  if (!account.mfaPendingSecret) throw conflict('Start setting up your authenticator app first.', { field: 'code' });
  const step = await checkCode(app.config, account.mfaPendingSecret, code, account.mfaLastStep);
  if (step === null) throw badInput('code', 'That code did not work. Enter the code your authenticator app shows now.');
  await performAction(em, actor, 'enableMfa', async (tx) => {
    const a = await tx.findOneOrFail(Account, actor.accountId, { populate: ['mfaPendingSecret'] });
    a.mfaSecret = a.mfaPendingSecret;
    a.mfaPendingSecret = null;
    a.mfaEnabledAt = new Date();
    a.mfaLastStep = step;
    return a;
  });
  return true;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from './account.entity.js';
import { organisationSettings } from './settings.service.js';

/**
 * Whether this member of staff must give a code from an authenticator app when signing in with a
 * password: they enrolled one, or their organisation requires it of all staff (its settings).
 */
export async function staffMfaRequired(em: EntityManager, account: Account): Promise<boolean> {
  if (account.mfaEnabledAt) return true;
  return (await organisationSettings(em, account.organisation.id)).requireStaffMfa;
}

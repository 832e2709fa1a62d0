import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from '../shared/audit-entry.entity.js';
import { Role } from '../shared/enums.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { Account } from './account.entity.js';
import { setOidcClient } from './oidc.js';
import { Organisation } from './organisation.entity.js';
import { INVITE_DAYS, issueToken, sendInvitation, type MailContext } from './staff-accounts.service.js';

export interface NewOrganisation {
  name: string;
  adminEmail: string;
  adminName?: string;
  oidc?: { issuer: string; clientId: string; clientSecret: string };
}

export class OrganisationInputError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * For whoever runs Heard (the command line, not the API): creates an organisation with its
 * default settings, optionally its single sign-on client, and its first admin as an invitation
 * emailed to them (valid 7 days). Nobody types a password for anyone. Refuses a name or admin
 * email already in use. Audited as the system.
 */
export async function createOrganisation(em: EntityManager, app: MailContext, input: NewOrganisation): Promise<{ organisation: Organisation; admin: Account }> {
  const name = input.name.trim();
  const email = input.adminEmail.trim().toLowerCase();
  if (!name || name.length > 200) throw new OrganisationInputError('--name must be 1 to 200 characters');
  if (!EMAIL.test(email) || email.length > 200) throw new OrganisationInputError('--admin-email must be an email address');
  const adminName = input.adminName?.trim() || email.split('@')[0];
  const { organisation, admin, token } = await em.transactional(async (tx) => {
    if (await tx.count(Organisation, { name })) throw new OrganisationInputError(`an organisation called "${name}" already exists`);
    if (await tx.count(Account, { email })) throw new OrganisationInputError(`${email} already has an account`);
    const organisation = new Organisation(name);
    if (input.oidc) setOidcClient(organisation, app.config.sessionSecret, input.oidc);
    tx.persist(organisation);
    const admin = new Account(organisation, Role.ADMIN);
    admin.email = email;
    admin.displayName = adminName;
    admin.joinedAt = null;
    tx.persist(admin);
    const token = await issueToken(tx, app, admin, AccountTokenPurpose.INVITE, INVITE_DAYS * 86_400_000);
    const entry = new AuditEntry(organisation, 'system (org:create)', 'createOrganisation', 'Organisation', organisation.id);
    entry.details = { adminEmail: email, singleSignOn: Boolean(input.oidc) };
    tx.persist(entry);
    return { organisation, admin, token };
  });
  await sendInvitation(app, email, adminName, organisation.name, null, token);
  return { organisation, admin };
}

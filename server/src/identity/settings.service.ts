import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyChange } from '../shared/cache-bus.js';
import type { Actor } from '../shared/context.js';
import { badInput, notFound } from '../shared/errors.js';
import { performAction } from '../shared/audit.js';
import { requireRole } from '../shared/auth.js';
import { Role } from '../shared/enums.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationSettings, OrganisationSettingsInput } from './settings.types.js';

/** Heard's own words for a child who may need help, used until an organisation writes its own. */
export const DEFAULT_SUPPORT_MESSAGE =
  'Thank you for telling us. Someone whose job is to keep young people safe will read what you wrote soon. If you want to talk to someone now, you can.';

/** A BCP 47 language tag of the simple kind Heard offers: "en", "ur", "pl", "pt-BR". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** The settings as the GraphQL type shows them, from an organisation row. */
export function settingsOf(organisation: Organisation): OrganisationSettings {
  return {
    suppressionThreshold: Math.max(5, organisation.suppressionThreshold),
    concernHighDueHours: Math.max(1, Math.round(organisation.highConcernDueMinutes / 60)),
    concernDueWorkingDays: organisation.mediumConcernDueWorkingDays,
    supportMessage: organisation.supportMessage ?? DEFAULT_SUPPORT_MESSAGE,
    supportContacts: organisation.supportContacts.map((c) => ({ name: c.name, phone: c.phone ?? null, url: c.url ?? null })),
    reviewFreeText: organisation.reviewFreeText,
    contentLanguages: [...organisation.contentLanguages],
    retainWordsMonths: organisation.retainWordsMonths,
    requireStaffMfa: organisation.requireStaffMfa,
  };
}

/** An organisation's settings (for any feature that needs one of them; not an authorization check). */
export async function organisationSettings(em: EntityManager, organisationId: string): Promise<OrganisationSettings> {
  const organisation = await em.findOne(Organisation, organisationId, { refresh: true });
  if (!organisation) throw notFound('The organisation');
  return settingsOf(organisation);
}

/**
 * ADMIN changes some of the organisation's settings; fields left out stay as they are. Audited with
 * the settings before and after. Errors: BAD_USER_INPUT naming the field (the threshold's floor of 5 is
 * also a database check), FORBIDDEN for any other role.
 */
export async function updateOrganisationSettings(em: EntityManager, actor: Actor, input: OrganisationSettingsInput): Promise<OrganisationSettings> {
  requireRole(actor, [Role.ADMIN]);
  if (input.suppressionThreshold != null && input.suppressionThreshold < 5) {
    throw badInput('suppressionThreshold', 'The threshold cannot be below 5: smaller counts can identify a child.');
  }
  const languages = input.contentLanguages?.map((l) => l.trim());
  if (languages) {
    const bad = languages.findIndex((l) => !LANGUAGE_TAG.test(l));
    if (bad >= 0) throw badInput(`contentLanguages.${bad}`, 'Use a language tag such as en, ur or pl.');
    if (!languages.length) throw badInput('contentLanguages', 'Offer surveys in at least one language.');
  }
  let before: OrganisationSettings | undefined;
  const organisation = await performAction(
    em,
    actor,
    'updateOrganisationSettings',
    async (tx) => {
      const org = await tx.findOneOrFail(Organisation, actor.organisationId);
      before = settingsOf(org);
      if (input.suppressionThreshold != null) org.suppressionThreshold = input.suppressionThreshold;
      if (input.concernHighDueHours != null) org.highConcernDueMinutes = input.concernHighDueHours * 60;
      if (input.concernDueWorkingDays != null) org.mediumConcernDueWorkingDays = input.concernDueWorkingDays;
      if (input.supportMessage != null) org.supportMessage = input.supportMessage.trim() || null;
      if (input.supportContacts != null) {
        org.supportContacts = input.supportContacts.map((c) => ({ name: c.name.trim(), phone: c.phone?.trim() || null, url: c.url?.trim() || null }));
      }
      if (input.reviewFreeText != null) org.reviewFreeText = input.reviewFreeText;
      if (languages) org.contentLanguages = [...new Set(languages)];
      // Null is meaningful here ("keep words"), so only a field left out leaves retention as it is.
      if (input.retainWordsMonths !== undefined) org.retainWordsMonths = input.retainWordsMonths;
      if (input.requireStaffMfa != null) org.requireStaffMfa = input.requireStaffMfa;
      await notifyChange(tx, 'organisation', org.id);
      return org;
    },
    (org) => ({ before, after: settingsOf(org) }),
  );
  return settingsOf(organisation);
}

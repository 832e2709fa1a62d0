import type { EntityManager } from '@mikro-orm/postgresql';
import { AgeBand } from '../shared/enums.js';
import { pickLanguage } from '../shared/language.js';
import { supportMessage } from '../voices/support.js';
import type { SupportMessage } from '../voices/support.types.js';

/**
 * The support shown at once to someone whose words may need a safeguarding response: who will read
 * it, and who they can talk to now (Childline, the organisation's own contacts, 999).
 */
export async function supportFor(em: EntityManager, responseId: string, acceptLanguage: string | string[] | undefined): Promise<SupportMessage> {
  const rows: Array<{ age_band: AgeBand; support_contacts: SupportMessage['contacts'] }> = await em
    .getConnection()
    .execute(
      `select r.age_band, o.support_contacts from survey_response r join organisation o on o.id = r.organisation_id where r.id = ?`,
      [responseId],
    );
  return supportMessage(rows[0]?.age_band ?? AgeBand.NOT_SAID, rows[0]?.support_contacts ?? [], pickLanguage(acceptLanguage));
}


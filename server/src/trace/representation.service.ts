import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import type { Service } from '../services/service.entity.js';
import { performAction } from '../shared/audit.js';
import type { Actor } from '../shared/context.js';
import { suppress } from '../shared/disclosure.js';
import { AgeBand } from '../shared/enums.js';
import { badInput } from '../shared/errors.js';
import { ownService } from '../services/service.service.js';
import { ServiceCohort } from './decision.entity.js';
import { isUuid } from './theme.service.js';
import { period, thresholdOf } from './trace.service.js';
import type { AgeBandCountInput, Representation } from './trace.types.js';

const AGE_BANDS = Object.values(AgeBand);

/**
 * Records how many children and families, by age band, a service works with: the given bands
 * replace what was recorded before (bands left out are cleared). One count per band, whole numbers
 * of 0 or more (BAD_USER_INPUT naming `counts.i`). Another organisation's service is
 * BAD_USER_INPUT on `serviceId`. Audited on the service.
 */
export async function setCohort(em: EntityManager, actor: Actor, serviceId: string, counts: AgeBandCountInput[]): Promise<Service> {
  const seen = new Set<AgeBand>();
  counts.forEach((c, i) => {
    if (seen.has(c.ageBand)) throw badInput(`counts.${i}.ageBand`, 'Give one count per age band.');
    seen.add(c.ageBand);
    if (!Number.isInteger(c.count) || c.count < 0) throw badInput(`counts.${i}.count`, 'Enter a whole number of 0 or more.');
  });
  if (!isUuid(serviceId)) throw badInput('serviceId', 'Choose one of your organisation’s services.');
  return performAction(
    em,
    actor,
    'setCohort',
    async (tx) => {
      const service = (await ownService(tx, actor, serviceId))!;
      await tx.nativeDelete(ServiceCohort, { service });
      const by = tx.getReference(Account, actor.accountId);
      for (const c of counts) tx.persist(new ServiceCohort(service, c.ageBand, c.count, by));
      return service;
    },
    { counts: counts.map((c) => ({ ageBand: c.ageBand, count: c.count })) },
  );
}

/**
 * Who we heard from, beside who the service works with: per age band, the distinct survey
 * responses and event contributions about the service in the period (default: the last year),
 * withheld under the organisation's suppression threshold, and the recorded cohort (null when not
 * recorded). Another organisation's service is BAD_USER_INPUT on `serviceId`.
 */
export async function representation(em: EntityManager, actor: Actor, serviceId: string, from: Date | null, to: Date | null): Promise<Representation[]> {
  const range = period(from, to);
  if (!isUuid(serviceId)) throw badInput('serviceId', 'Choose one of your organisation’s services.');
  await ownService(em, actor, serviceId);
  const conn = em.getConnection();
  const org = actor.organisationId;
  const [heard, cohort, threshold] = await Promise.all([
    conn.execute<Array<{ age_band: AgeBand; n: number }>>(
      `select age_band, count(*)::int as n from (
          select r.age_band from survey_response r join survey s on s.id = r.survey_id
           where r.organisation_id = ? and s.service_id = ? and r.submitted_at >= ? and r.submitted_at < ?
          union all
          select coalesce(v.age_band, 'NOT_SAID') from voice_input v
           where v.organisation_id = ? and v.service_id = ? and v.kind = 'EVENT_CONTRIBUTION' and v.created_at >= ? and v.created_at < ?
        ) x group by age_band`,
      [org, serviceId, range.from, range.to, org, serviceId, range.from, range.to],
    ),
    conn.execute<Array<{ age_band: AgeBand; count: number }>>('select age_band, count from service_cohort where service_id = ?', [serviceId]),
    thresholdOf(em, org),
  ]);
  return AGE_BANDS.map((ageBand) => {
    const { count, suppressed } = suppress(heard.find((h) => h.age_band === ageBand)?.n ?? 0, threshold);
    return { ageBand, heard: count, suppressed, cohort: cohort.find((c) => c.age_band === ageBand)?.count ?? null };
  });
}

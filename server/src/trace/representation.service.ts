import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import type { Service } from '../services/service.entity.js';
import { performAction } from '../shared/audit.js';
import type { Actor } from '../shared/context.js';
import { roundCount } from '../shared/disclosure.js';
import { AgeBand } from '../shared/enums.js';
import { badInput } from '../shared/errors.js';
import { ownService } from '../services/service.service.js';
import { ServiceCohort } from './decision.entity.js';
import { isUuid } from '../shared/input-guard.js';
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
 * responses and event contributions about the service in the period (whole months; default: the
 * last twelve), each month rounded to 5 and the period the sum of its rounded months, and the recorded cohort (null when not
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
      `select age_band, date_trunc('month', at) as month, count(*)::int as n from (
          select r.age_band, r.submitted_at as at from survey_response r join survey s on s.id = r.survey_id
           where r.organisation_id = ? and s.service_id = ? and r.submitted_at >= ? and r.submitted_at < ?
          union all
          select coalesce(v.age_band, 'NOT_SAID'), v.created_at from voice_input v
           where v.organisation_id = ? and v.service_id = ? and v.kind = 'EVENT_CONTRIBUTION' and v.created_at >= ? and v.created_at < ?
        ) x group by 1, 2`,
      [org, serviceId, range.from, range.to, org, serviceId, range.from, range.to],
    ),
    conn.execute<Array<{ age_band: AgeBand; count: number }>>('select age_band, count from service_cohort where service_id = ?', [serviceId]),
    thresholdOf(em, org),
  ]);
  return AGE_BANDS.map((ageBand) => {
    // Each month rounded on its own, the period the sum of its rounded months: any two periods then
    // subtract only to numbers already released, never to a small group (see influence).
    const heardRounded = heard.filter((h) => h.age_band === ageBand).reduce((sum, h) => sum + roundCount(h.n), 0);
    return { ageBand, heard: heardRounded, suppressed: false, cohort: cohort.find((c) => c.age_band === ageBand)?.count ?? null };
  });
}

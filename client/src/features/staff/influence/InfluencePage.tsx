import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useLocation } from '../../../components/router';
import { useTranslation, type LanguageCode } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { useViewer } from '../../access/viewer';
import { AGE_BANDS, ServicePeriodForm, periodVariables, servicePeriodFrom, useDateFormat, useNumberFormat, type AgeBand } from '../trace/common';
import { InfluenceQuery, RepresentationQuery, SetCohortMutation, type RepresentationRow } from './influenceQueries';
import '../trace/trace.css';

const Charts = lazy(() => import('./InfluenceCharts').then((m) => ({ default: m.MonthsChart })));
const Representation = lazy(() => import('./InfluenceCharts').then((m) => ({ default: m.RepresentationChart })));
const LOCALES: Record<LanguageCode, string> = { en: 'en-GB', ur: 'ur', pl: 'pl' };
const context = { additionalTypenames: ['Service'] };

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <li className="trace-figure">
      <span className="trace-figure__value">{value}</span>
      <span className="trace-figure__label">{label}</span>
    </li>
  );
}

function InfluenceFigures({ variables }: { variables: ReturnType<typeof periodVariables> }) {
  const { t, language } = useTranslation();
  const number = useNumberFormat();
  const date = useDateFormat();
  const monthLabel = useMemo(() => {
    const f = new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return (iso: string) => f.format(new Date(iso));
  }, [language]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InfluenceQuery, variables });
  if (fetching && !data) return <LoadingState label={t('trace.influence.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const r = data!.influence;
  const percent = r.inputs ? Math.round((100 * r.inputsLinkedToDecision) / r.inputs) : 0;
  return (
    <>
      <p className="body">{t('trace.influence.period', { from: date(r.from), to: date(r.to) })}</p>
      <ul className="trace-figures">
        <Figure value={number(r.inputs)} label={t('trace.influence.inputs')} />
        <Figure value={`${number(r.inputsLinkedToDecision)} (${percent}%)`} label={t('trace.influence.linked')} />
        <Figure value={number(r.decisions)} label={t('trace.influence.decisions')} />
        <Figure value={number(r.decisionsCitingVoices)} label={t('trace.influence.citing')} />
        <Figure value={r.medianDaysToFeedback === null ? t('trace.common.suppressed') : t('trace.influence.days', { count: r.medianDaysToFeedback, shown: number(r.medianDaysToFeedback) })} label={t('trace.influence.median')} />
        <Figure value={number(r.changesDone)} label={t('trace.influence.changesDone')} />
      </ul>
      <h2 className="heading-m">{t('trace.influence.monthsHeading')}</h2>
      {r.months.length === 0 ? (
        <EmptyState message={t('trace.influence.noInputs')} />
      ) : (
        <>
          <Suspense fallback={<LoadingState />}>
            <Charts months={r.months} label={monthLabel} />
          </Suspense>
          <table className="trace-table">
            <caption>{t('trace.influence.monthsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trace.influence.month')}</th>
                <th scope="col" className="trace-number">{t('trace.influence.inputs')}</th>
                <th scope="col" className="trace-number">{t('trace.influence.linked')}</th>
              </tr>
            </thead>
            <tbody>
              {r.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{monthLabel(m.month)}</th>
                  <td className="trace-number">{m.suppressed || m.inputs === null ? t('trace.common.suppressed') : number(m.inputs)}</td>
                  <td className="trace-number">{m.suppressed || m.linked === null ? t('trace.common.suppressed') : number(m.linked)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

function CohortForm({ serviceId, rows }: { serviceId: string; rows: RepresentationRow[] }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<AgeBand, string>>(() =>
    Object.fromEntries(AGE_BANDS.map((b) => [b, String(rows.find((r) => r.ageBand === b)?.cohort ?? '')])) as Record<AgeBand, string>,
  );
  const [saved, setSaved] = useState('');
  const [{ fetching }, setCohort] = useMutation(SetCohortMutation);
  const errors = useFormErrors<`cohort-${AgeBand}`>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const bad: Partial<Record<`cohort-${AgeBand}`, string>> = {};
    const counts: Array<{ ageBand: AgeBand; count: number }> = [];
    for (const band of AGE_BANDS) {
      const raw = values[band].trim();
      if (!raw) continue;
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) bad[`cohort-${band}`] = t('trace.cohort.errors.number');
      else counts.push({ ageBand: band, count: n });
    }
    if (Object.keys(bad).length) return errors.fail(bad);
    const result = await setCohort({ serviceId, counts }, context);
    if (result.data) {
      errors.clear();
      setSaved(t('trace.cohort.saved'));
    } else errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="cohort-heading">
      <h3 className="heading-s" id="cohort-heading">{t('trace.cohort.heading')}</h3>
      <p className="hint">{t('trace.cohort.hint')}</p>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="notice" role="status" aria-live="polite">{saved}</p>
      <form onSubmit={onSubmit} noValidate className="trace-inline-form">
        {AGE_BANDS.map((band) => (
          <Field
            key={band}
            id={`cohort-${band}`}
            label={t(`trace.ageBandShort.${band}`)}
            inputMode="numeric"
            className="trace-number-input"
            value={values[band]}
            onChange={(e) => setValues((v) => ({ ...v, [band]: e.target.value }))}
            error={errors.fields[`cohort-${band}`]}
            optional
          />
        ))}
        <div className="form-group">
          <Button type="submit" busy={fetching} busyLabel={t('trace.cohort.saving')}>{t('trace.cohort.save')}</Button>
        </div>
      </form>
    </section>
  );
}

function WhoWeHeard({ serviceId, variables, decider }: { serviceId: string; variables: ReturnType<typeof periodVariables>; decider: boolean }) {
  const { t } = useTranslation();
  const number = useNumberFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RepresentationQuery, variables: { serviceId, from: variables.from, to: variables.to }, context });
  if (fetching && !data) return <LoadingState label={t('trace.representation.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const rows = data!.representation;
  const gaps = rows.filter((r) => r.cohort && r.heard === 0);
  const low = rows.filter((r) => r.cohort && r.heard !== null && r.heard > 0 && r.heard / r.cohort < 0.05);
  const hasCohort = rows.some((r) => r.cohort);
  return (
    <>
      {!hasCohort ? <p className="body">{t('trace.representation.noCohort')}</p> : null}
      {gaps.length || low.length ? (
        <div className="trace-callout" role="note">
          {low.map((r) => (
            <p className="body" key={`low-${r.ageBand}`}>
              {t('trace.representation.low', { percent: Math.max(1, Math.round((100 * r.heard!) / r.cohort!)), band: t(`trace.ageBandShort.${r.ageBand}`) })}
            </p>
          ))}
          {gaps.map((r) => (
            <p className="body trace-gap" key={`gap-${r.ageBand}`}>{t('trace.representation.none', { band: t(`trace.ageBandShort.${r.ageBand}`) })}</p>
          ))}
        </div>
      ) : null}
      <Suspense fallback={<LoadingState />}>
        <Representation rows={rows} />
      </Suspense>
      <table className="trace-table">
        <caption>{t('trace.representation.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trace.workspace.ageBand')}</th>
            <th scope="col" className="trace-number">{t('trace.representation.heard')}</th>
            <th scope="col" className="trace-number">{t('trace.representation.cohort')}</th>
            <th scope="col" className="trace-number">{t('trace.representation.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.ageBand}>
              <th scope="row">{t(`trace.ageBandShort.${r.ageBand}`)}</th>
              <td className={r.heard === 0 && r.cohort ? 'trace-number trace-gap' : 'trace-number'}>{r.suppressed || r.heard === null ? t('trace.common.suppressed') : number(r.heard)}</td>
              <td className="trace-number">{r.cohort === null ? t('trace.representation.notRecorded') : number(r.cohort)}</td>
              <td className="trace-number">{r.cohort && r.heard !== null ? `${Math.round((1000 * r.heard) / r.cohort) / 10}%` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {decider ? <CohortForm key={serviceId} serviceId={serviceId} rows={rows} /> : null}
    </>
  );
}

/** /staff/influence — how far voices went, and who we heard from (and who not), per service and period. */
export function InfluencePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const choice = useMemo(() => servicePeriodFrom(location.search), [location.search]);
  const variables = useMemo(() => periodVariables(choice), [choice]);
  const decider = viewer.role === 'ADMIN' || viewer.role === 'COMMISSIONER';
  return (
    <Page title={t('trace.influence.title')} wide>
      <p className="body-l">{t('trace.influence.intro')}</p>
      <ServicePeriodForm value={choice} path="/staff/influence" />
      <InfluenceFigures variables={variables} />
      <h2 className="heading-m">{t('trace.representation.heading')}</h2>
      {choice.serviceId ? (
        <WhoWeHeard serviceId={choice.serviceId} variables={variables} decider={decider} />
      ) : (
        <p className="body">{t('trace.representation.chooseService')}</p>
      )}
    </Page>
  );
}

export default InfluencePage;

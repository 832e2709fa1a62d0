import { useMemo, type FormEvent } from 'react';
import { useNavigate } from '../../../components/router';
import { useTranslation, type LanguageCode } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { useServices } from '../services';

// English as written in the UK (day before month); the other languages use their own conventions.
const LOCALES: Record<LanguageCode, string> = { en: 'en-GB', ur: 'ur', pl: 'pl' };

/** Formats a date in the page's language: "3 Mar 2026". */
export function useDateFormat(): (iso: string) => string {
  const { language } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [language]);
}

/** Formats a whole number in the page's language. */
export function useNumberFormat(): (n: number) => string {
  const { language } = useTranslation();
  return useMemo(() => {
    const format = new Intl.NumberFormat(LOCALES[language]);
    return (n: number) => format.format(n);
  }, [language]);
}

export type Outcome = 'ADOPTED' | 'ADOPTED_WITH_CHANGES' | 'NOT_ADOPTED' | 'DEFERRED';
export type ChangeStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
export const OUTCOMES: readonly Outcome[] = ['ADOPTED', 'ADOPTED_WITH_CHANGES', 'NOT_ADOPTED', 'DEFERRED'];
export const CHANGE_STATUSES: readonly ChangeStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'];
export const INPUT_KINDS = ['SURVEY_ANSWER', 'EVENT_CONTRIBUTION', 'PROPOSAL_COMMENT', 'VOTE_REASON'] as const;
export const AGE_BANDS = ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'PARENT_CARER', 'NOT_SAID'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];

export function OutcomeTag({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return <strong className={`trace-tag trace-tag--${outcome}`}>{t(`trace.outcome.${outcome}`)}</strong>;
}

export function ChangeStatusTag({ status }: { status: ChangeStatus }) {
  const { t } = useTranslation();
  return <strong className={`trace-tag trace-tag--${status}`}>{t(`trace.changeStatus.${status}`)}</strong>;
}

/** A count, or "too few to show" when suppressed. */
export function Count({ count, suppressed }: { count: number | null; suppressed: boolean }) {
  const { t } = useTranslation();
  const number = useNumberFormat();
  if (suppressed || count === null) return <span>{t('trace.common.suppressed')}</span>;
  return <span>{number(count)}</span>;
}

/** yyyy-mm-dd for a date input, from an ISO string or a Date. */
export function dateInputValue(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

export type ServicePeriod = { serviceId: string; from: string; to: string };

/** The service and period in the page's address (?service=…&from=yyyy-mm-dd&to=yyyy-mm-dd). */
export function servicePeriodFrom(search: string): ServicePeriod {
  const params = new URLSearchParams(search);
  const valid = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  return { serviceId: params.get('service') ?? '', from: valid(params.get('from')), to: valid(params.get('to')) };
}

/** The GraphQL variables for a period: a day's end for `to`, so the chosen day counts. */
export function periodVariables(p: ServicePeriod): { serviceId: string | null; from: string | null; to: string | null } {
  return {
    serviceId: p.serviceId || null,
    from: p.from ? new Date(`${p.from}T00:00:00Z`).toISOString() : null,
    to: p.to ? new Date(new Date(`${p.to}T00:00:00Z`).getTime() + 86_400_000).toISOString() : null,
  };
}

/** A GET-style filter form for a service and a period; the address holds the choice. */
export function ServicePeriodForm({ value, requireService, serviceOnly, path }: { value: ServicePeriod; requireService?: boolean; serviceOnly?: boolean; path: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data }] = useServices();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const key of ['service', 'from', 'to']) {
      const v = String(form.get(key) ?? '').trim();
      if (v) params.set(key, v);
    }
    navigate(`${path}${params.size ? `?${params}` : ''}`);
  }

  return (
    // Keyed on the services too: a select's default only applies to options present when it mounts.
    <form className="trace-filters" onSubmit={onSubmit} key={`${value.serviceId}|${value.from}|${value.to}|${data?.services.length ?? 0}`}>
      <div className="form-group">
        <label className="label" htmlFor="filter-service">
          {t('trace.common.service')}
        </label>
        <select id="filter-service" name="service" className="trace-select" defaultValue={value.serviceId}>
          {requireService ? null : <option value="">{t('trace.common.allServices')}</option>}
          {requireService && !value.serviceId ? <option value="">{t('trace.common.chooseService')}</option> : null}
          {(data?.services ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {serviceOnly ? null : (
        <>
      <div className="form-group">
        <label className="label" htmlFor="filter-from">
          {t('trace.common.from')}
        </label>
        <input id="filter-from" name="from" type="date" className="input" defaultValue={value.from} />
      </div>
      <div className="form-group">
        <label className="label" htmlFor="filter-to">
          {t('trace.common.to')}
        </label>
        <input id="filter-to" name="to" type="date" className="input" defaultValue={value.to} />
      </div>
        </>
      )}
      <div className="form-group">
        <Button type="submit" variant="secondary">
          {t('trace.common.show')}
        </Button>
      </div>
    </form>
  );
}

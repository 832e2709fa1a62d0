import type { CombinedError } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import type { AgeBand } from '../../../components/questions/questions';

export type SurveyStatus = 'DRAFT' | 'OPEN' | 'CLOSED';

export function StatusTag({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return <strong className={`status-tag status-tag--${status.toLowerCase()}`}>{t(`staffSurveys.status.${status}`)}</strong>;
}

/** The raw field path of the first BAD_USER_INPUT error (e.g. `choices.1.label`), if any. */
export function badInputField(error: CombinedError | undefined | null): string | undefined {
  return erroredField(error, 'BAD_USER_INPUT');
}

/** The raw field path of the first error with this code (a CONFLICT names the field it is about too). */
export function erroredField(error: CombinedError | undefined | null, code: 'BAD_USER_INPUT' | 'CONFLICT'): string | undefined {
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.code === code) {
      const field = e.extensions.field;
      return typeof field === 'string' ? field.replace(/^input\./, '') : Array.isArray(field) ? field.join('.') : '';
    }
  }
  return undefined;
}

export function formatDate(value: string | null | undefined, language: string): string | null {
  if (!value) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(value));
}

/** A count that may be suppressed: never shown as 0, but as "fewer than N". */
export function Count({ count, suppressed, threshold }: { count: number | null; suppressed: boolean; threshold: number }) {
  const { t } = useTranslation();
  if (suppressed || count === null) return <span className="suppressed">{t('staffSurveys.results.fewerThan', { threshold })}</span>;
  return <>{count}</>;
}

/** Age bands as staff read them in tables ("Not said" rather than the child's "I'd rather not say"). */
export const bandLabel = (t: ReturnType<typeof useTranslation>['t'], band: AgeBand) => t(`staffSurveys.band.${band}`);

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../graphql';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { QrCode } from '../surveys/QrCode';
import '../print.css';
import './codes.css';

const CreateParticipantCodesMutation = graphql(`
  mutation CreateParticipantCodes($count: Int!, $expiresInDays: Int) {
    createParticipantCodes(count: $count, expiresInDays: $expiresInDays)
  }
`);

/** Codes are read from cards: a space instead of the dash (the join page ignores both). */
function spaced(code: string): string {
  return code.replace(/-/g, ' ');
}

/**
 * /staff/codes — single-use codes for children and families to join (and answer surveys for
 * people with a code), printed as a sheet of cards with QR codes that open /join?code=….
 * Codes show once: only their hashes are stored.
 */
export default function ParticipantCodesPage() {
  const { t } = useTranslation();
  const [count, setCount] = useState('10');
  const [days, setDays] = useState('30');
  const [codes, setCodes] = useState<string[]>([]);
  const [{ fetching }, create] = useMutation(CreateParticipantCodesMutation);
  const errors = useFormErrors<'count' | 'days'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const n = Number(count);
    const d = Number(days);
    const problems: Partial<Record<'count' | 'days', string>> = {};
    if (!Number.isInteger(n) || n < 1 || n > 500) problems.count = t('staffSurveys.codes.errors.count');
    if (!Number.isInteger(d) || d < 1 || d > 365) problems.days = t('staffSurveys.codes.errors.days');
    if (problems.count || problems.days) return errors.fail(problems);
    const result = await create({ count: n, expiresInDays: d });
    if (result.data) {
      errors.clear();
      setCodes(result.data.createParticipantCodes);
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const fields = fieldErrors(result.error);
      if ('count' in fields) return errors.fail({ count: t('staffSurveys.codes.errors.count') });
      if ('expiresInDays' in fields) return errors.fail({ days: t('staffSurveys.codes.errors.days') });
    }
    errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <Page title={t('staffSurveys.codes.title')} backTo="/staff" wide>
      <div className="no-print">
        <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
        <p className="body-l">{t('staffSurveys.codes.intro')}</p>
        <form onSubmit={onSubmit} noValidate className="form">
          <Field id="count" type="number" inputMode="numeric" min={1} max={500} label={t('staffSurveys.codes.countLabel')} hint={t('staffSurveys.codes.countHint')} error={errors.fields.count} value={count} onChange={(e) => setCount(e.target.value)} className="input--short" />
          <Field id="days" type="number" inputMode="numeric" min={1} max={365} label={t('staffSurveys.codes.daysLabel')} hint={t('staffSurveys.codes.daysHint')} error={errors.fields.days} value={days} onChange={(e) => setDays(e.target.value)} className="input--short" />
          <Button type="submit" busy={fetching} busyLabel={t('staffSurveys.codes.making')}>
            {t('staffSurveys.codes.make')}
          </Button>
        </form>
      </div>
      {codes.length ? (
        <section aria-labelledby="codes-heading">
          <div className="no-print">
            <h2 className="heading-m" id="codes-heading">
              {t('staffSurveys.codes.madeHeading', { count: codes.length })}
            </h2>
            <p className="body inset-text">{t('staffSurveys.codes.onlyOnce')}</p>
            <Button onClick={() => window.print()}>{t('staffSurveys.codes.print')}</Button>
          </div>
          <ul className="code-sheet">
            {codes.map((code) => {
              const url = `${window.location.origin}/join?code=${encodeURIComponent(code)}`;
              return (
                <li key={code} className="code-card">
                  <p className="code-card__title">{t('staffSurveys.codes.cardTitle')}</p>
                  <QrCode text={url} label={t('staffSurveys.codes.qrLabel', { code: spaced(code) })} className="code-card__qr" />
                  <p className="code-card__code" dir="ltr" lang="en">
                    {spaced(code)}
                  </p>
                  <p className="code-card__how">{t('staffSurveys.codes.cardHow', { site: window.location.host })}</p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}

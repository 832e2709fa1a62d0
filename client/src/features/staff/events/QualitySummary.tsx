import { lazy, Suspense } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { EVENT_CAPTURES, type Quality } from './eventQueries';
import { useFormat } from './format';

// recharts is big: it loads only when a quality summary is shown, in the staff bundle's own chunk.
const QualityChart = lazy(() => import('./QualityChart'));

/**
 * How faithfully voices were recorded, for an event or across a service's events (small numbers
 * withheld, protected together): the figures as tables, which screen readers read, and a small
 * chart of the same.
 */
export function QualitySummary({ quality, idPrefix }: { quality: Quality; idPrefix: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const threshold = quality.suppressionThreshold;
  const hidden = threshold ? t('events.quality.suppressed', { threshold }) : '';
  const anySuppressed = quality.byCapture.some((c) => c.suppressed) || quality.attendance.some((a) => a.suppressed) || quality.consentToQuoteSuppressed;
  const captures = EVENT_CAPTURES.map((capture) => quality.byCapture.find((c) => c.capture === capture)).filter((c) => c !== undefined);

  return (
    <div className="quality">
      <p className="body-l quality__headline">
        <strong>{t('events.quality.contributions', { count: quality.contributions })}</strong>
        {quality.events > 1 ? ` ${t('events.quality.events', { count: quality.events })}` : ''}
      </p>
      {quality.contributions === 0 ? (
        <p className="body">{t('events.quality.noContributions')}</p>
      ) : (
        <div className="quality__grid">
          <table className="table" id={`${idPrefix}-capture`}>
            <caption className="table__caption">{t('events.quality.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('events.quality.how')}</th>
                <th scope="col" className="table__number">{t('events.quality.number')}</th>
                <th scope="col" className="table__number">{t('events.quality.share')}</th>
              </tr>
            </thead>
            <tbody>
              {captures.map((c) => (
                <tr key={c.capture}>
                  <th scope="row">{t(`events.capture.${c.capture}`)}</th>
                  <td className="table__number">{c.count ?? hidden}</td>
                  <td className="table__number">{c.share === null ? '–' : format.percent(c.share)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('events.quality.consent')}</th>
                <td className="table__number">{quality.consentToQuote ?? hidden}</td>
                <td className="table__number">{quality.consentToQuoteShare === null ? '–' : format.percent(quality.consentToQuoteShare)}</td>
              </tr>
            </tbody>
          </table>
          {/* The same figures as the table above, drawn; hidden from screen readers so they are not read twice. */}
          <div className="quality__chart" aria-hidden="true">
            <Suspense fallback={null}>
              <QualityChart
                bars={captures.map((c) => ({ label: t(`events.capture.${c.capture}`), value: c.share === null ? 0 : Math.round(c.share * 100) }))}
              />
            </Suspense>
          </div>
        </div>
      )}
      <table className="table" id={`${idPrefix}-attendance`}>
        <caption className="table__caption">{t('events.quality.attendanceCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('events.quality.ageBand')}</th>
            <th scope="col" className="table__number">{t('events.quality.people')}</th>
          </tr>
        </thead>
        <tbody>
          {quality.attendance.map((a) => (
            <tr key={a.ageBand}>
              <th scope="row">{t(`events.ageBand.${a.ageBand}`)}</th>
              <td className="table__number">{a.count ?? hidden}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {anySuppressed && threshold ? <p className="hint">{t('events.quality.suppressedNote', { threshold })}</p> : null}
    </div>
  );
}

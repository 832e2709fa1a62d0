import { useState } from 'react';
import { Link, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { NotFoundPage } from '../../access/NotFoundPage';
import { useStaffSurvey } from './surveyQueries';
import { QrCode, useQrPng, useQrSvg } from './QrCode';
import { StatusTag } from './parts';

/** The address a child opens: this site's origin, so links and QR codes never point anywhere else. */
export function shareUrl(shareCode: string): string {
  return `${window.location.origin}/s/${shareCode}`;
}

function Downloads({ url, shareCode }: { url: string; shareCode: string }) {
  const { t } = useTranslation();
  const svg = useQrSvg(url);
  const png = useQrPng(url);
  return (
    <ul className="action-links action-links--stacked">
      <li>
        {png ? (
          <a className="link link--standalone" href={png} download={`heard-survey-${shareCode}.png`}>
            {t('staffSurveys.share.downloadPng')}
          </a>
        ) : null}
      </li>
      <li>
        {svg ? (
          <a className="link link--standalone" href={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} download={`heard-survey-${shareCode}.svg`}>
            {t('staffSurveys.share.downloadSvg')}
          </a>
        ) : null}
      </li>
    </ul>
  );
}

/** /staff/surveys/:id/share — the link and QR code to put on posters and cards. */
export function SharePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const [{ data, fetching, error }, reexecute] = useStaffSurvey(id);
  const [copied, setCopied] = useState(false);

  if (fetching && !data) return <PageLoading />;
  if (error && !data) {
    return (
      <Page title={t('staffSurveys.share.title')} backTo={`/staff/surveys/${id}`} wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  const survey = data?.survey;
  if (!survey) return <NotFoundPage homeHref="/staff/surveys" />;

  if (survey.status === 'DRAFT') {
    return (
      <Page title={t('staffSurveys.share.title')} backTo={`/staff/surveys/${survey.id}`} wide>
        <p className="body-l">{t('staffSurveys.share.draft')}</p>
        <p className="body">
          <Link to={`/staff/surveys/${survey.id}`} className="link link--standalone">
            {t('staffSurveys.share.backToSurvey')}
          </Link>
        </p>
      </Page>
    );
  }

  const url = shareUrl(survey.shareCode);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      (document.getElementById('share-link') as HTMLInputElement | null)?.select();
    }
  }

  return (
    <Page title={t('staffSurveys.share.title')} backTo={`/staff/surveys/${survey.id}`} wide>
      <p className="body no-print">
        <StatusTag status={survey.status} />
      </p>
      {survey.status === 'CLOSED' ? <p className="inset-text body no-print">{t('staffSurveys.share.closed')}</p> : null}
      <p className="body-l no-print">{t('staffSurveys.share.intro')}</p>

      <div className="form-group no-print">
        <label className="label" htmlFor="share-link">
          {t('staffSurveys.share.linkLabel')}
        </label>
        <div className="copy-row">
          <input id="share-link" className="input" readOnly value={url} dir="ltr" onFocus={(e) => e.target.select()} />
          <Button variant="secondary" onClick={() => void copy()}>
            {t('staffSurveys.share.copy')}
          </Button>
        </div>
        <p className="notice" role="status" aria-live="polite">
          {copied ? t('staffSurveys.share.copied') : null}
        </p>
      </div>

      {/* The poster: what prints. */}
      <section className="poster" aria-labelledby="poster-heading">
        <h2 className="heading-m poster__title" id="poster-heading">
          {survey.title}
        </h2>
        <p className="poster__call">{t('staffSurveys.share.posterCall')}</p>
        <QrCode text={url} label={t('staffSurveys.share.qrLabel', { title: survey.title })} className="poster__qr" />
        <p className="poster__link" dir="ltr">
          {url}
        </p>
        <p className="poster__code">{t('staffSurveys.share.codeLine', { code: survey.shareCode })}</p>
      </section>

      <div className="no-print">
        <h2 className="heading-m">{t('staffSurveys.share.downloadHeading')}</h2>
        <Downloads url={url} shareCode={survey.shareCode} />
        <Button variant="secondary" onClick={() => window.print()}>
          {t('staffSurveys.share.print')}
        </Button>
      </div>
    </Page>
  );
}

import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import { useParams } from '../../components/router';
import { useTranslation, type LanguageCode } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { LoadingState } from '../../components/LoadingState';
import { ErrorState } from '../../components/ErrorState';
import './receipt.css';

const SaidWeDidQuery = graphql(`
  query SaidWeDid($serviceId: ID!, $language: String) {
    publicService(id: $serviceId) {
      id
      name
    }
    youSaidWeDid(serviceId: $serviceId) {
      id
      title
      outcome
      decidedAt
      amendedAt
      youSaidWeDid
      rationale
      surveyTitles(language: $language)
      changes {
        id
        title
        status
      }
    }
  }
`);

const LOCALES: Record<LanguageCode, string> = { en: 'en-GB', ur: 'ur-PK', pl: 'pl-PL' };

/** /said-we-did/:serviceId — public: what children and families said about a service, and what was done. */
export default function SaidWeDidPage() {
  const { t, language } = useTranslation();
  const { serviceId = '' } = useParams<'serviceId'>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SaidWeDidQuery, variables: { serviceId, language } });
  if (fetching && !data) {
    return (
      <Page title={t('saidWeDid.loading')}>
        <LoadingState label={t('saidWeDid.loading')} />
      </Page>
    );
  }
  if (!data?.publicService) {
    return (
      <Page title={t('notFound.title')}>
        {error ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : <p className="body-l">{t('saidWeDid.notFound')}</p>}
      </Page>
    );
  }
  const date = (iso: string) => new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric' }).format(new Date(iso));
  const day = (iso: string) => new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
  return (
    <Page title={t('saidWeDid.title', { service: data.publicService.name })}>
      <p className="body-l">{t('saidWeDid.intro')}</p>
      {data.youSaidWeDid.length === 0 ? (
        <p className="body-l">{t('saidWeDid.empty')}</p>
      ) : (
        data.youSaidWeDid.map((d) => (
          <article key={d.id} className="receipt-outcome" aria-labelledby={`d-${d.id}`}>
            <h2 className="heading-s" id={`d-${d.id}`}>{d.title}</h2>
            <p className="receipt-said">{d.youSaidWeDid}</p>
            {d.surveyTitles.length ? (
              <p className="body">
                <strong>{t('saidWeDid.askedIn')}</strong> {d.surveyTitles.join(" · ")}
              </p>
            ) : null}
            <p className="body"><strong>{t(`receipt.outcome.${d.outcome}`)}</strong> · {date(d.decidedAt)}</p>
            {d.amendedAt ? <p className="body receipt-updated">{t('receipt.updatedOn', { date: day(d.amendedAt) })}</p> : null}
            <p className="body"><strong>{d.outcome === 'NOT_ADOPTED' ? t('receipt.whyNot') : t('receipt.why')}</strong> {d.rationale}</p>
            {d.changes.length ? (
              <ul className="receipt-changes">
                {d.changes.map((c) => (
                  <li key={c.id}>{c.title}: <span className="receipt-status">{t(`receipt.change.${c.status}`)}</span></li>
                ))}
              </ul>
            ) : null}
          </article>
        ))
      )}
    </Page>
  );
}

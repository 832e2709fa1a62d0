import { useQuery } from 'urql';
import { Link } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { LoadingState } from '../../components/LoadingState';
import { ErrorState } from '../../components/ErrorState';
import { PrivacyContactsQuery } from './aboutQueries';

const SHORT = ['one', 'two', 'three', 'four', 'five', 'six'] as const;
const WHAT = ['answers', 'age', 'events', 'forum', 'receipt', 'phone', 'email'] as const;
const WHO_SEES = ['staff', 'safeguarding', 'nobodyElse', 'log'] as const;

/**
 * /privacy — the privacy notice: what Heard keeps, why, for how long, who sees it and how to erase
 * it. A short version in words a child understands first, then the full one for parents and carers,
 * with each responsible organisation's name, contact and retention periods filled in.
 */
export default function PrivacyPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PrivacyContactsQuery });
  const organisations = data?.privacyContacts ?? [];
  return (
    <Page title={t('privacy.title')}>
      <p className="body-l">{t('privacy.intro')}</p>
      <section className="section" aria-labelledby="privacy-short">
        <h2 className="heading-m" id="privacy-short">{t('privacy.shortHeading')}</h2>
        <p className="body">{t('privacy.shortFor')}</p>
        <ul className="list body-l">
          {SHORT.map((key) => <li key={key}>{t(`privacy.short.${key}`)}</li>)}
        </ul>
      </section>
      <section className="section" aria-labelledby="privacy-full">
        <h2 className="heading-m" id="privacy-full">{t('privacy.fullHeading')}</h2>
        <p className="body">{t('privacy.fullFor')}</p>

        <h3 className="heading-s">{t('privacy.whoHeading')}</h3>
        {fetching && !data ? <LoadingState label={t('privacy.loading')} /> : null}
        {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {data && organisations.length === 0 ? <p className="body">{t('privacy.noOrganisations')}</p> : null}
        {organisations.map((o) => (
          <p className="body" key={o.id}>
            {o.contact ? t('privacy.who', { name: o.name, contact: o.contact }) : t('privacy.whoNoContact', { name: o.name })}
          </p>
        ))}

        <h3 className="heading-s">{t('privacy.whatHeading')}</h3>
        <ul className="list">
          {WHAT.map((key) => <li key={key}>{t(`privacy.what.${key}`)}</li>)}
        </ul>

        <h3 className="heading-s">{t('privacy.whyHeading')}</h3>
        <p className="body">{t('privacy.why')}</p>

        <h3 className="heading-s">{t('privacy.howLongHeading')}</h3>
        <ul className="list">
          <li>{t('privacy.howLong.words')}</li>
          {organisations.map((o) => (
            <li key={o.id}>
              <strong>{o.name}:</strong> {o.retainWordsMonths != null ? `${t('privacy.howLong.wordsMonths', { months: o.retainWordsMonths })} ` : ''}
              {t('privacy.howLong.concern', { months: o.retainConcernWordsMonths })}
            </li>
          ))}
          <li>{t('privacy.howLong.email')}</li>
          <li>{t('privacy.howLong.backups')}</li>
        </ul>

        <h3 className="heading-s">{t('privacy.whoSeesHeading')}</h3>
        <ul className="list">
          {WHO_SEES.map((key) => <li key={key}>{t(`privacy.whoSees.${key}`)}</li>)}
        </ul>

        <h3 className="heading-s">{t('privacy.rightsHeading')}</h3>
        <ul className="list">
          <li>{t('privacy.rights.erase')}</li>
          <li>{t('privacy.rights.eraseAll')}</li>
          <li>{t('privacy.rights.complain')}</li>
        </ul>
        <p className="body">
          <Link to="/receipt" className="button button--secondary">{t('privacy.receiptLink')}</Link>
        </p>
      </section>
    </Page>
  );
}

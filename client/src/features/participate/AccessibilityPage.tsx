import { useQuery } from 'urql';
import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { LoadingState } from '../../components/LoadingState';
import { ErrorState } from '../../components/ErrorState';
import { PrivacyContactsQuery } from './aboutQueries';

const CAN = ['zoom', 'keyboard', 'screenReader', 'readAloud', 'languages', 'touch'] as const;
const KNOWN = ['readAloud', 'audit'] as const;
const TESTING = ['axe', 'keyboard', 'touch'] as const;

/**
 * /accessibility — the accessibility statement in the public-sector model's order (GOV.UK's sample
 * statement), from what the automated axe, reflow, keyboard and touch-target checks cover, with the
 * responsible organisation's contact filled in.
 */
export default function AccessibilityPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PrivacyContactsQuery });
  const organisations = data?.privacyContacts ?? [];
  return (
    <Page title={t('accessibility.title')}>
      <p className="body-l">{t('accessibility.intro')}</p>

      <h2 className="heading-m">{t('accessibility.aimHeading')}</h2>
      <p className="body">{t('accessibility.aim')}</p>
      <ul className="list">
        {CAN.map((key) => <li key={key}>{t(`accessibility.can.${key}`)}</li>)}
      </ul>

      <h2 className="heading-m">{t('accessibility.howHeading')}</h2>
      <p className="body">{t('accessibility.how')}</p>
      <ul className="list">
        {KNOWN.map((key) => <li key={key}>{t(`accessibility.known.${key}`)}</li>)}
      </ul>

      <h2 className="heading-m">{t('accessibility.contactHeading')}</h2>
      {fetching && !data ? <LoadingState label={t('privacy.loading')} /> : null}
      {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {data && organisations.every((o) => !o.contact) ? <p className="body">{t('accessibility.contactNone')}</p> : null}
      {organisations.filter((o) => o.contact).map((o) => (
        <p className="body" key={o.id}>{t('accessibility.contact', { name: o.name, contact: o.contact })}</p>
      ))}

      <h2 className="heading-m">{t('accessibility.enforcementHeading')}</h2>
      <p className="body">{t('accessibility.enforcement')}</p>

      <h2 className="heading-m">{t('accessibility.technicalHeading')}</h2>
      <p className="body">{t('accessibility.technical')}</p>
      <h3 className="heading-s">{t('accessibility.statusHeading')}</h3>
      <p className="body">{t('accessibility.status')}</p>
      <h3 className="heading-s">{t('accessibility.nonAccessibleHeading')}</h3>
      <p className="body">{t('accessibility.nonAccessible')}</p>

      <h2 className="heading-m">{t('accessibility.testingHeading')}</h2>
      <ul className="list">
        {TESTING.map((key) => <li key={key}>{t(`accessibility.testing.${key}`)}</li>)}
      </ul>

      <h2 className="heading-m">{t('accessibility.improveHeading')}</h2>
      <p className="body">{t('accessibility.improve')}</p>
      <p className="body">{t('accessibility.prepared')}</p>
    </Page>
  );
}

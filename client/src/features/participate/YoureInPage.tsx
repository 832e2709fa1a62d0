import { useTranslation } from '../../i18n/i18n';
import { Trans } from '../../i18n/Trans';
import { Page } from '../../components/Page';

export function YoureInPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('participant.title')}>
      <p className="body-l">{t('participant.intro')}</p>
      <h2 className="heading-m">{t('participant.nextHeading')}</h2>
      <ul className="list list--bullet">
        <li>{t('participant.nextSurveys')}</li>
        <li>{t('participant.nextReceipt')}</li>
        <li>{t('participant.nextSkip')}</li>
      </ul>
      <p className="inset-text body">{t('participant.leaveHint')}</p>
      <h2 className="heading-m">{t('participant.helpHeading')}</h2>
      <p className="body">
        {/* Phone numbers are links (one tap on a phone) and always left-to-right, so "0800 1111"
            never shows as "1111 0800" inside Urdu text. */}
        <Trans
          i18nKey="participant.helpBody"
          components={{
            childline: <a href="tel:08001111" dir="ltr" className="link" />,
            emergency: <a href="tel:999" dir="ltr" className="link" />,
          }}
        />
      </p>
    </Page>
  );
}

import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { ButtonLink } from '../../components/Button';

export default function WelcomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('welcome.title')}>
      <p className="body-l">{t('welcome.intro')}</p>
      <p className="body">{t('welcome.listen')}</p>
      <p className="body">{t('welcome.noName')}</p>

      <h2 className="heading-m">{t('welcome.choose')}</h2>
      <ul className="choice-list">
        <li className="choice-list__item">
          <ButtonLink to="/join" large aria-describedby="choice-code-hint">
            {t('welcome.haveCode')}
          </ButtonLink>
          <p className="hint" id="choice-code-hint">
            {t('welcome.haveCodeHint')}
          </p>
        </li>
        <li className="choice-list__item">
          <ButtonLink to="/sign-in" variant="secondary" large aria-describedby="choice-staff-hint">
            {t('welcome.workHere')}
          </ButtonLink>
          <p className="hint" id="choice-staff-hint">
            {t('welcome.workHereHint')}
          </p>
        </li>
      </ul>
    </Page>
  );
}

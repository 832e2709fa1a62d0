import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { ScreeningSettingsSection } from './ScreeningSettingsSection';

/** /staff/safeguarding/settings: the screening section on its own, until the settings page hosts it. */
export function ScreeningSettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('safeguarding.screening.pageTitle')} backTo="/staff/safeguarding">
      <ScreeningSettingsSection />
    </Page>
  );
}

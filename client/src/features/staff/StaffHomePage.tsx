import { Link } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { useViewer } from '../access/viewer';
import { ServicesList } from './ServicesList';
import { OverdueConcernsPanel } from './safeguarding/OverdueConcernsPanel';

export function StaffHomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const title = viewer.displayName
    ? t('staff.home.title', { name: viewer.displayName })
    : t('staff.home.titleNoName');
  return (
    <Page title={title} wide>
      <p className="body-l">{t('staff.home.intro')}</p>
      {/* Safeguarding leads and administrators only: how many concerns are overdue. */}
      <OverdueConcernsPanel />
      <h2 className="heading-m">{t('staff.home.servicesHeading')}</h2>
      <ServicesList headingLevel={3} />
      <p className="body">
        <Link to="/staff/services" className="link link--standalone">
          {t('staff.home.manageServices')}
        </Link>
      </p>
    </Page>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { ButtonLink } from '../../../components/Button';
import { useViewer, type Role } from '../../access/viewer';

/**
 * Shows a staff page only to some roles; anyone else gets a plain "not for your role" page
 * instead of a request the server would refuse.
 */
export function OnlyForRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (roles.includes(viewer.role)) return <>{children}</>;
  return (
    <Page title={t('safeguarding.notForRole.title')}>
      <p className="body">{t('safeguarding.notForRole.body', { role: t(`role.${viewer.role}`) })}</p>
      <ButtonLink to="/staff" variant="secondary">
        {t('safeguarding.notForRole.home')}
      </ButtonLink>
    </Page>
  );
}

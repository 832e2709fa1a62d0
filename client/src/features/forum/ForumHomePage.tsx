import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/EmptyState';
import { useViewer } from '../access/viewer';

export function ForumHomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const title = viewer.displayName ? t('forum.title', { name: viewer.displayName }) : t('forum.titleNoName');
  return (
    <Page title={title}>
      <p className="body-l">{t('forum.intro')}</p>
      <EmptyState message={t('forum.placeholder')} />
    </Page>
  );
}

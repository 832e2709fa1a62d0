import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';

export function NotFoundPage({ homeHref = '/' }: { homeHref?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p className="body">{t('notFound.body')}</p>
      <p className="body">
        <Link to={homeHref} className="link">
          {t('notFound.home')}
        </Link>
      </p>
    </Page>
  );
}

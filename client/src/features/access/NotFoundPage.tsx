import { Link } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';

export function NotFoundPage({ homeHref = '/' }: { homeHref?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p className="body">{t('notFound.body')}</p>
      <p className="body">
        <Link to={homeHref} className="link link--standalone">
          {t('notFound.home')}
        </Link>
      </p>
    </Page>
  );
}

import { Link } from './router';
import { useTranslation } from '../i18n/i18n';

export function BackLink({ to, label }: { to: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Link to={to} className="back-link">
      {label ?? t('common.back')}
    </Link>
  );
}

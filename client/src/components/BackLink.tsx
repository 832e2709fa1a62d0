import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export function BackLink({ to, label }: { to: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Link to={to} className="back-link">
      {label ?? t('common.back')}
    </Link>
  );
}

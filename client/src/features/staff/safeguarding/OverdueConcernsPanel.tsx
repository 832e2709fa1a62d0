import { Link } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { useViewer } from '../../access/viewer';
import { useOverdueCount } from './concerns';
import './safeguarding.css';

/**
 * For safeguarding leads (and administrators overseeing them), at the top of the staff home page:
 * how many concerns are past their deadline, large, with the way to the queue. Renders nothing
 * for other roles.
 */
export function OverdueConcernsPanel() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const shown = viewer.role === 'SAFEGUARDING_LEAD' || viewer.role === 'ADMIN';
  const [{ data, fetching, error }, reexecute] = useOverdueCount(!shown);
  if (!shown) return null;

  let body;
  if (fetching && !data) body = <LoadingState label={t('safeguarding.home.loading')} />;
  else if (error && !data) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else {
    const count = data?.overdueConcernCount ?? 0;
    body = (
      <div className={count > 0 ? 'count-panel count-panel--alert' : 'count-panel'}>
        <p className="body" id="overdue-count">
          <strong className="count-panel__number">{count}</strong>
          <strong>{t('safeguarding.home.overdue', { count })}</strong>
        </p>
        {count > 0 ? <p className="body">{t('safeguarding.home.overdueHint', { count })}</p> : null}
        <p className="body">
          <Link to={count > 0 ? '/staff/safeguarding?status=OPEN' : '/staff/safeguarding'} className="link link--standalone">
            {t('safeguarding.home.toQueue')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="overdue-heading">
      <h2 className="heading-m" id="overdue-heading">
        {t('safeguarding.home.heading')}
      </h2>
      {body}
    </section>
  );
}

import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { Button, ButtonLink } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { LeaveForumMutation } from './forumQueries';

/** /forum/leave — leaving the forum for good (not just this phone), with what happens to their votes. */
export function LeavePage() {
  const { t } = useTranslation();
  const [{ fetching, error }, leave] = useMutation(LeaveForumMutation);
  const [failed, setFailed] = useState(false);

  async function onLeave() {
    setFailed(false);
    const result = await leave({});
    if (result.data?.leaveForum) {
      // A full page load: nothing this member saw stays in memory on the phone.
      window.location.replace('/');
      return;
    }
    setFailed(true);
  }

  return (
    <Page title={t('forum.leave.title')} backTo="/forum">
      <p className="body-l">{t('forum.leave.intro')}</p>
      <ul className="list">
        <li>{t('forum.leave.votes')}</li>
        <li>{t('forum.leave.noMore')}</li>
        <li>{t('forum.leave.comeBack')}</li>
      </ul>
      {failed ? <ErrorState error={error} /> : null}
      <div className="button-row">
        <Button variant="warning" large busy={fetching} busyLabel={t('forum.leave.leaving')} onClick={() => void onLeave()}>
          {t('forum.leave.confirm')}
        </Button>
        <ButtonLink to="/forum" variant="secondary" large>
          {t('forum.leave.stay')}
        </ButtonLink>
      </div>
    </Page>
  );
}

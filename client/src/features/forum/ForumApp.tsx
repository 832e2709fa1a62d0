import type { ReactNode } from 'react';
import { Route, Routes } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Shell, StatusFrame } from '../../components/Shell';
import { RequireViewer } from '../access/RequireViewer';
import { SignOutButton } from '../access/SignOutButton';
import { NotFoundPage } from '../access/NotFoundPage';
import { useViewer } from '../access/viewer';
import { ForumHomePage } from './ForumHomePage';
import { ProposalPage } from './ProposalPage';
import { LeavePage } from './LeavePage';

function ForumShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <Shell
      tone="child"
      homeHref="/forum"
      subtitle={t('forum.headerLabel')}
      actions={
        <>
          {viewer.displayName ? <p className="header__who">{viewer.displayName}</p> : null}
          <SignOutButton wording="leave" />
        </>
      }
    >
      {children}
    </Shell>
  );
}

/** Everything under /forum: youth forum members' proposals and votes. */
export default function ForumApp() {
  return (
    <RequireViewer roles={['FORUM_MEMBER']} signedOutTo="/join" frame={(content) => <StatusFrame tone="child">{content}</StatusFrame>}>
      <ForumShell>
        <Routes>
          <Route index element={<ForumHomePage />} />
          <Route path="proposals/:id" element={<ProposalPage />} />
          <Route path="leave" element={<LeavePage />} />
          <Route path="*" element={<NotFoundPage homeHref="/forum" />} />
        </Routes>
      </ForumShell>
    </RequireViewer>
  );
}

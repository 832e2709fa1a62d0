import { Route, Routes } from '../../../components/router';
import { NotFoundPage } from '../../access/NotFoundPage';
import { ProposalListPage } from './ProposalListPage';
import { CreateProposalPage } from './CreateProposalPage';
import { ProposalPage } from './ProposalPage';
import '../forums/forums.css';

/** Everything under /staff/proposals: one lazily loaded chunk. */
export default function ProposalsArea() {
  return (
    <Routes>
      <Route index element={<ProposalListPage />} />
      <Route path="new" element={<CreateProposalPage />} />
      <Route path=":id" element={<ProposalPage />} />
      <Route path="*" element={<NotFoundPage homeHref="/staff/proposals" />} />
    </Routes>
  );
}

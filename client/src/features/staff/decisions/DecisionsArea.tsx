import { Route, Routes } from '../../../components/router';
import { NotFoundPage } from '../../access/NotFoundPage';
import { DecisionsPage } from './DecisionsPage';
import { DecisionPage } from './DecisionPage';
import { RecordDecisionPage } from './RecordDecisionPage';
import '../trace/trace.css';

/** Everything under /staff/decisions: one lazily loaded chunk. */
export default function DecisionsArea() {
  return (
    <Routes>
      <Route index element={<DecisionsPage />} />
      <Route path="new" element={<RecordDecisionPage />} />
      <Route path=":id" element={<DecisionPage />} />
      <Route path="*" element={<NotFoundPage homeHref="/staff/decisions" />} />
    </Routes>
  );
}

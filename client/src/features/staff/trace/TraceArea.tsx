import { Route, Routes } from '../../../components/router';
import { NotFoundPage } from '../../access/NotFoundPage';
import { InputTracePage } from './InputTracePage';
import { TraceFlowPage } from './TraceFlowPage';
import './trace.css';

/** Everything under /staff/trace: one lazily loaded chunk (the Sankey diagram loads with its chart). */
export default function TraceArea() {
  return (
    <Routes>
      <Route index element={<TraceFlowPage />} />
      <Route path="input/:id" element={<InputTracePage />} />
      <Route path="*" element={<NotFoundPage homeHref="/staff/trace" />} />
    </Routes>
  );
}

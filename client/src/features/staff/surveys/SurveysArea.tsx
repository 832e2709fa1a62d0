import { Route, Routes } from '../../../components/router';
import { TranslatePage } from './TranslatePage';
import { NotFoundPage } from '../../access/NotFoundPage';
import { SurveyListPage } from './SurveyListPage';
import { CreateSurveyPage } from './CreateSurveyPage';
import { SurveyPage } from './SurveyPage';
import { EditSurveyPage } from './EditSurveyPage';
import { PreviewPage } from './PreviewPage';
import { SharePage } from './SharePage';
import { ResultsPage } from './ResultsPage';
import { AssistedEntryPage } from './AssistedEntryPage';
import '../print.css';
import './surveys.css';

/** Everything under /staff/surveys: one lazily loaded chunk (charts and QR codes load later still). */
export default function SurveysArea() {
  return (
    <Routes>
      <Route index element={<SurveyListPage />} />
      <Route path="new" element={<CreateSurveyPage />} />
      <Route path=":id" element={<SurveyPage />} />
      <Route path=":id/edit" element={<EditSurveyPage />} />
      <Route path=":id/preview" element={<PreviewPage />} />
      <Route path=":id/share" element={<SharePage />} />
      <Route path=":id/results" element={<ResultsPage />} />
      <Route path=":id/enter" element={<AssistedEntryPage />} />
      <Route path=":id/translate" element={<TranslatePage />} />
      <Route path="*" element={<NotFoundPage homeHref="/staff/surveys" />} />
    </Routes>
  );
}

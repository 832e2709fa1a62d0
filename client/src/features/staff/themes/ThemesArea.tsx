import { Route, Routes } from '../../../components/router';
import { NotFoundPage } from '../../access/NotFoundPage';
import { TaggingWorkspacePage } from './TaggingWorkspacePage';
import { ThemePage } from './ThemePage';

/** Everything under /staff/themes: one lazily loaded chunk. */
export default function ThemesArea() {
  return (
    <Routes>
      <Route index element={<TaggingWorkspacePage />} />
      <Route path=":id" element={<ThemePage />} />
      <Route path="*" element={<NotFoundPage homeHref="/staff/themes" />} />
    </Routes>
  );
}

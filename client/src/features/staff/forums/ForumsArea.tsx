import { Route, Routes } from '../../../components/router';
import { NotFoundPage } from '../../access/NotFoundPage';
import { ForumListPage } from './ForumListPage';
import { ForumPage } from './ForumPage';
import './forums.css';

/** Everything under /staff/forums: one lazily loaded chunk (qrcode loads with the first card). */
export default function ForumsArea() {
  return (
    <Routes>
      <Route index element={<ForumListPage />} />
      <Route path=":id" element={<ForumPage />} />
      <Route path="*" element={<NotFoundPage homeHref="/staff/forums" />} />
    </Routes>
  );
}

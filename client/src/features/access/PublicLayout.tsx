import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { Shell } from '../../components/Shell';
import { PageLoading } from '../../components/PageLoading';

/** The shell for pages anyone can see: start, join, sign in, not found. */
export function PublicLayout() {
  return (
    <Shell tone="child">
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </Shell>
  );
}

import { Suspense, type ReactNode } from 'react';
import { Shell } from '../../components/Shell';
import { PageLoading } from '../../components/PageLoading';

/** The shell for pages anyone can see: start, join, sign in, not found. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Shell tone="child">
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </Shell>
  );
}

import { LoadingState } from './LoadingState';

/** Shown while a page's code loads: keeps the <main> landmark so the skip link still works. */
export function PageLoading({ label }: { label?: string }) {
  return (
    <div className="width-container">
      <main id="main-content" className="main" tabIndex={-1}>
        <LoadingState label={label} />
      </main>
    </div>
  );
}

import { useTranslation } from '../i18n/i18n';
import type { CombinedError } from 'urql';
import { errorMessage } from './errors';
import { Button } from './Button';

type ErrorStateProps = {
  error?: CombinedError | null;
  /** Overrides the message chosen from the error code. */
  message?: string;
  onRetry?: () => void;
};

/** A failed load: what went wrong in plain words, chosen by error code, and a way to try again. */
export function ErrorState({ error, message, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div className="error-state" role="alert">
      <p className="error-state__message">{message ?? errorMessage(t, error)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.tryAgain')}
        </Button>
      ) : null}
    </div>
  );
}

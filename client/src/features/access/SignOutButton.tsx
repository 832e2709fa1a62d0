import { useTranslation } from '../../i18n/i18n';
import { Button } from '../../components/Button';
import { useSignOut } from './useSignOut';

/** "Sign out" for staff, "Leave on this device" for children, young people and families. */
export function SignOutButton({ wording }: { wording: 'staff' | 'leave' }) {
  const { t } = useTranslation();
  const { signOut, fetching, failed } = useSignOut();
  return (
    <div className="sign-out">
      <Button
        variant="quiet"
        className="sign-out__button"
        busy={fetching}
        busyLabel={t('signOut.leaving')}
        onClick={() => void signOut()}
      >
        {wording === 'staff' ? t('signOut.staff') : t('signOut.leave')}
      </Button>
      <p className="sign-out__error" role="status" aria-live="polite">
        {failed ? t('signOut.failed') : null}
      </p>
    </div>
  );
}

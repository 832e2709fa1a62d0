import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { EmailField } from '../../components/Field';
import { errorMessage } from '../../components/errors';
import { useFormErrors } from '../../components/useFormErrors';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** "Forgot your password?": always the same answer, so it never says whether an address has an account. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const errors = useFormErrors<'email'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) return errors.fail({ email: t('forgotPassword.errors.missing') });
    const result = await request({ email: email.trim() });
    if (result.data?.requestPasswordReset) {
      errors.clear();
      setSent(true);
      return;
    }
    errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <Page title={t('forgotPassword.title')} backTo="/sign-in">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      {sent ? (
        <p className="body" role="status">
          {t('forgotPassword.sent')}
        </p>
      ) : (
        <>
          <p className="body">{t('forgotPassword.intro')}</p>
          <form onSubmit={onSubmit} noValidate className="form">
            <EmailField label={t('forgotPassword.emailLabel')} error={errors.fields.email} value={email} onChange={setEmail} />
            <Button type="submit" busy={fetching} busyLabel={t('forgotPassword.sending')}>
              {t('forgotPassword.submit')}
            </Button>
          </form>
        </>
      )}
    </Page>
  );
}

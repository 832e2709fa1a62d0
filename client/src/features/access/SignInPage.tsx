import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { errorCode, errorMessage } from '../../components/errors';
import { useFormErrors } from '../../components/useFormErrors';
import { useResetClient } from '../../urql';
import { STAFF_ROLES, homeFor } from './viewer';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      role
      displayName
      ageBand
      organisation {
        id
        name
      }
    }
  }
`);

/** Only return to a staff page someone was sent away from; never to another site. */
function returnPath(state: unknown): string | undefined {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/staff') ? from : undefined;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const resetClient = useResetClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const errors = useFormErrors<'email' | 'password'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<'email' | 'password', string>> = {};
    if (!email.trim()) missing.email = t('signIn.errors.emailMissing');
    if (!password) missing.password = t('signIn.errors.passwordMissing');
    if (missing.email || missing.password) return errors.fail(missing);

    const result = await signIn({ email: email.trim(), password });
    const viewer = result.data?.signIn;
    if (viewer) {
      errors.clear();
      const to = STAFF_ROLES.includes(viewer.role) ? (returnPath(location.state) ?? '/staff') : homeFor(viewer.role);
      navigate(to, { replace: true });
      resetClient(); // nothing cached for a previous person survives
      return;
    }
    setPassword('');
    switch (errorCode(result.error)) {
      case 'BAD_USER_INPUT':
      case 'UNAUTHENTICATED':
        // The server's message is deliberately generic; so is ours.
        return errors.fail({ password: t('signIn.errors.invalid') });
      default:
        return errors.fail({}, errorMessage(t, result.error));
    }
  }

  return (
    <Page title={t('signIn.title')} backTo="/">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="body">{t('signIn.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <Field
          id="email"
          type="email"
          label={t('signIn.emailLabel')}
          error={errors.fields.email}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="username"
          spellCheck={false}
          dir="ltr"
        />
        <Field
          id="password"
          type="password"
          label={t('signIn.passwordLabel')}
          error={errors.fields.password}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          dir="ltr"
        />
        <Button type="submit" busy={fetching} busyLabel={t('signIn.submitting')}>
          {t('signIn.submit')}
        </Button>
      </form>
      <p className="body">
        <Link to="/join" className="link link--standalone">
          {t('signIn.haveCode')}
        </Link>
      </p>
    </Page>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { EmailField, Field } from '../../components/Field';
import { errorCode, errorMessage } from '../../components/errors';
import { useFormErrors } from '../../components/useFormErrors';
import { useResetClient } from '../../urql';
import { STAFF_ROLES, ViewerFields, homeFor } from './viewer';

const SignInMutation = graphql(
  `
    mutation SignIn($email: String!, $password: String!, $mfaCode: String) {
      signIn(email: $email, password: $password, mfaCode: $mfaCode) {
        ...ViewerFields
      }
    }
  `,
  [ViewerFields],
);

/** Only return to a staff page someone was sent away from; never to another site. */
function returnPath(state: unknown): string | undefined {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/staff') ? from : undefined;
}

const SSO_REASONS = ['unavailable', 'expired', 'unverified', 'no-account', 'failed'] as const;
type SsoReason = (typeof SSO_REASONS)[number];

/** Why single sign-on sent someone back here (`?sso=`), if it did. */
function ssoFailure(search: string): SsoReason | undefined {
  const reason = new URLSearchParams(search).get('sso');
  return (SSO_REASONS as readonly string[]).includes(reason ?? '') ? (reason as SsoReason) : undefined;
}

type Fields = 'email' | 'password' | 'mfaCode';

export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const resetClient = useResetClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [mfaCode, setMfaCode] = useState('');
  // Set once the password was right and a code from an authenticator app is needed.
  const [codeStep, setCodeStep] = useState<{ enrolment?: { secret: string; otpauthUrl: string } } | null>(null);
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const errors = useFormErrors<Fields>();
  const sso = ssoFailure(location.search);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<Fields, string>> = {};
    if (!email.trim()) missing.email = t('signIn.errors.emailMissing');
    if (!password) missing.password = t('signIn.errors.passwordMissing');
    if (codeStep && !/^\d{6}$/.test(mfaCode.replace(/\s/g, ''))) missing.mfaCode = t('signIn.mfa.errors.missing');
    if (Object.keys(missing).length) return errors.fail(missing);

    const result = await signIn({ email: email.trim(), password, mfaCode: codeStep ? mfaCode.replace(/\s/g, '') : null });
    const viewer = result.data?.signIn;
    if (viewer) {
      errors.clear();
      const to = STAFF_ROLES.includes(viewer.role) ? (returnPath(location.state) ?? '/staff') : homeFor(viewer.role);
      navigate(to, { replace: true });
      resetClient(); // nothing cached for a previous person survives
      return;
    }
    switch (errorCode(result.error)) {
      case 'MFA_REQUIRED': {
        const extensions = result.error?.graphQLErrors[0]?.extensions as { enrolment?: { secret: string; otpauthUrl: string } } | undefined;
        const wasAsked = codeStep !== null;
        setCodeStep({ enrolment: extensions?.enrolment });
        setMfaCode('');
        return wasAsked ? errors.fail({ mfaCode: t('signIn.mfa.errors.wrong') }) : errors.clear();
      }
      case 'BAD_USER_INPUT':
      case 'UNAUTHENTICATED':
        setPassword('');
        setCodeStep(null);
        // The server's message is deliberately generic; so is ours.
        return errors.fail({ password: t('signIn.errors.invalid') });
      default:
        return errors.fail({}, errorMessage(t, result.error));
    }
  }

  return (
    <Page title={t('signIn.title')} backTo="/">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      {sso ? (
        <div className="notice notice--warning" role="alert">
          {t(`signIn.sso.${sso}`)}
        </div>
      ) : null}
      <p className="body">{t('signIn.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <EmailField label={t('signIn.emailLabel')} error={errors.fields.email} value={email} onChange={setEmail} />
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
        {codeStep ? (
          <>
            {codeStep.enrolment ? (
              <div className="notice" role="status">
                <p className="body">{t('signIn.mfa.enrolIntro')}</p>
                <p className="body">
                  {t('signIn.mfa.secretLabel')} <code dir="ltr">{codeStep.enrolment.secret}</code>
                </p>
              </div>
            ) : null}
            <Field
              id="mfaCode"
              label={t('signIn.mfa.codeLabel')}
              hint={t('signIn.mfa.codeHint')}
              error={errors.fields.mfaCode}
              value={mfaCode}
              onChange={(e) => setMfaCode(e.target.value)}
              autoComplete="one-time-code"
              inputMode="numeric"
              dir="ltr"
            />
          </>
        ) : null}
        <Button type="submit" busy={fetching} busyLabel={t('signIn.submitting')}>
          {t('signIn.submit')}
        </Button>
      </form>
      <p className="body">
        <Link to="/forgot-password" className="link link--standalone">
          {t('signIn.forgot')}
        </Link>
      </p>
      <p className="body">
        <Link to="/join" className="link link--standalone">
          {t('signIn.haveCode')}
        </Link>
      </p>
    </Page>
  );
}

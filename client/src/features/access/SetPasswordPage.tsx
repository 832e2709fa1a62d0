import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link, useNavigate } from '../../components/router';
import { graphql } from '../../graphql';
import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { errorCode, errorMessage, fieldErrors } from '../../components/errors';
import { useFormErrors } from '../../components/useFormErrors';
import { useResetClient } from '../../urql';

const AcceptInviteMutation = graphql(`
  mutation AcceptInvite($token: String!, $password: String!) {
    acceptInvite(token: $token, password: $password) {
      id
      role
    }
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      id
      role
    }
  }
`);

// The server's rule (identity/passwords.ts), checked here first so the form can say what is wrong.
const PASSWORD_MIN = 12;

/** The token from the link's fragment (#token=…): it never reaches a server log. */
function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

type Fields = 'password' | 'confirm';

/**
 * Choosing a password from an emailed link: the first one (an invitation, `purpose` invite) or a
 * new one (`reset`). Signed in afterwards, unless a second factor is needed: then to sign-in.
 */
function SetPasswordPage({ purpose }: { purpose: 'invite' | 'reset' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [linkProblem, setLinkProblem] = useState(!token);
  const [{ fetching: accepting }, accept] = useMutation(AcceptInviteMutation);
  const [{ fetching: resetting }, reset] = useMutation(ResetPasswordMutation);
  const errors = useFormErrors<Fields>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<Fields, string>> = {};
    if (password.length < PASSWORD_MIN) problems.password = t('setPassword.errors.short', { min: PASSWORD_MIN });
    else if (confirm !== password) problems.confirm = t('setPassword.errors.different');
    if (Object.keys(problems).length) return errors.fail(problems);
    const result = purpose === 'invite' ? await accept({ token, password }) : await reset({ token, password });
    const viewer = result.data && ('acceptInvite' in result.data ? result.data.acceptInvite : result.data.resetPassword);
    if (viewer) {
      errors.clear();
      resetClient();
      // Without a session (a second factor is needed) the staff area sends them to sign in.
      navigate('/staff', { replace: true });
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const fields = fieldErrors(result.error);
      if ('token' in fields) return setLinkProblem(true);
      if ('password' in fields) return errors.fail({ password: t('setPassword.errors.weak', { min: PASSWORD_MIN }) });
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  const title = purpose === 'invite' ? t('setPassword.inviteTitle') : t('setPassword.resetTitle');
  if (linkProblem) {
    return (
      <Page title={title} backTo="/sign-in">
        <p className="body" role="alert">
          {purpose === 'invite' ? t('setPassword.inviteExpired') : t('setPassword.resetExpired')}
        </p>
        {purpose === 'reset' ? (
          <p className="body">
            <Link to="/forgot-password" className="link link--standalone">
              {t('setPassword.askAgain')}
            </Link>
          </p>
        ) : null}
      </Page>
    );
  }
  return (
    <Page title={title} backTo="/sign-in">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="body">{t('setPassword.intro', { min: PASSWORD_MIN })}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <Field
          id="password"
          type="password"
          label={t('setPassword.passwordLabel')}
          hint={t('setPassword.passwordHint', { min: PASSWORD_MIN })}
          error={errors.fields.password}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
          dir="ltr"
        />
        <Field
          id="confirm"
          type="password"
          label={t('setPassword.confirmLabel')}
          error={errors.fields.confirm}
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          autoComplete="new-password"
          dir="ltr"
        />
        <Button type="submit" busy={accepting || resetting} busyLabel={t('setPassword.saving')}>
          {t('setPassword.submit')}
        </Button>
      </form>
    </Page>
  );
}

export function AcceptInvitePage() {
  return <SetPasswordPage purpose="invite" />;
}

export function ResetPasswordPage() {
  return <SetPasswordPage purpose="reset" />;
}

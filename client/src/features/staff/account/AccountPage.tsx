import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { QrCode } from '../surveys/QrCode';

const MyAccountQuery = graphql(`
  query MyAccount {
    viewer {
      id
      mfaEnabled
    }
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const StartMfaMutation = graphql(`
  mutation StartMfaEnrolment {
    startMfaEnrolment {
      secret
      otpauthUrl
    }
  }
`);

const ConfirmMfaMutation = graphql(`
  mutation ConfirmMfaEnrolment($code: String!) {
    confirmMfaEnrolment(code: $code)
  }
`);

const PASSWORD_MIN = 12;
type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const errors = useFormErrors<PasswordField>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const problems: Partial<Record<PasswordField, string>> = {};
    if (!current) problems.currentPassword = t('myAccount.password.errors.currentMissing');
    if (next.length < PASSWORD_MIN) problems.newPassword = t('myAccount.password.errors.short', { min: PASSWORD_MIN });
    else if (next !== confirm) problems.confirmPassword = t('myAccount.password.errors.different');
    if (Object.keys(problems).length) return errors.fail(problems);
    const result = await change({ currentPassword: current, newPassword: next });
    if (result.data?.changePassword) {
      errors.clear();
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const fields = fieldErrors(result.error);
      if ('currentPassword' in fields) return errors.fail({ currentPassword: t('myAccount.password.errors.currentWrong') });
      if ('newPassword' in fields) return errors.fail({ newPassword: t('myAccount.password.errors.weak', { min: PASSWORD_MIN }) });
    }
    errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="password-heading">
      <h2 className="heading-m" id="password-heading">
        {t('myAccount.password.heading')}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="notice" role="status" aria-live="polite">
        {done ? t('myAccount.password.changed') : null}
      </p>
      <form onSubmit={onSubmit} noValidate className="form">
        <Field id="currentPassword" type="password" label={t('myAccount.password.currentLabel')} error={errors.fields.currentPassword} value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" dir="ltr" />
        <Field id="newPassword" type="password" label={t('myAccount.password.newLabel')} hint={t('myAccount.password.newHint', { min: PASSWORD_MIN })} error={errors.fields.newPassword} value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" dir="ltr" />
        <Field id="confirmPassword" type="password" label={t('myAccount.password.confirmLabel')} error={errors.fields.confirmPassword} value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" dir="ltr" />
        <Button type="submit" busy={fetching} busyLabel={t('myAccount.password.saving')}>
          {t('myAccount.password.submit')}
        </Button>
      </form>
    </section>
  );
}

function MfaSection() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyAccountQuery });
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUrl: string } | null>(null);
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);
  const [{ fetching: starting }, start] = useMutation(StartMfaMutation);
  const [{ fetching: confirming }, confirmMfa] = useMutation(ConfirmMfaMutation);
  const errors = useFormErrors<'mfaCode'>();

  async function begin() {
    const result = await start({});
    if (result.data?.startMfaEnrolment) {
      errors.clear();
      setEnrolment(result.data.startMfaEnrolment);
    } else errors.fail({}, errorMessage(t, result.error));
  }

  async function onConfirm(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) return errors.fail({ mfaCode: t('myAccount.mfa.errors.missing') });
    const result = await confirmMfa({ code: code.replace(/\s/g, '') });
    if (result.data?.confirmMfaEnrolment) {
      errors.clear();
      setEnrolment(null);
      setDone(true);
      reexecute({ requestPolicy: 'network-only' });
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') return errors.fail({ mfaCode: t('myAccount.mfa.errors.wrong') });
    errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="mfa-heading">
      <h2 className="heading-m" id="mfa-heading">
        {t('myAccount.mfa.heading')}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      {fetching && !data ? (
        <LoadingState label={t('myAccount.loading')} />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <>
          <p className="notice" role="status" aria-live="polite">
            {done ? t('myAccount.mfa.enabled') : null}
          </p>
          <p className="body">{data?.viewer?.mfaEnabled ? t('myAccount.mfa.on') : t('myAccount.mfa.off')}</p>
          {enrolment ? (
            <form onSubmit={onConfirm} noValidate className="form">
              <p className="body">{t('myAccount.mfa.scan')}</p>
              <QrCode text={enrolment.otpauthUrl} label={t('myAccount.mfa.qrLabel')} />
              <p className="body">
                {t('myAccount.mfa.secretLabel')} <code dir="ltr">{enrolment.secret}</code>
              </p>
              <Field id="mfaCode" label={t('myAccount.mfa.codeLabel')} hint={t('myAccount.mfa.codeHint')} error={errors.fields.mfaCode} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" inputMode="numeric" dir="ltr" />
              <Button type="submit" busy={confirming} busyLabel={t('myAccount.mfa.confirming')}>
                {t('myAccount.mfa.confirm')}
              </Button>
            </form>
          ) : (
            <Button variant="secondary" busy={starting} busyLabel={t('myAccount.mfa.starting')} onClick={() => void begin()}>
              {data?.viewer?.mfaEnabled ? t('myAccount.mfa.replace') : t('myAccount.mfa.start')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/** /staff/account: a member of staff's own password and authenticator app. */
export default function AccountPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('myAccount.title')}>
      <ChangePasswordForm />
      <MfaSection />
    </Page>
  );
}

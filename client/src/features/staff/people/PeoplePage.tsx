import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../../graphql';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ErrorMessage, Field } from '../../../components/Field';
import { Radios } from '../../../components/Radios';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { STAFF_ROLES, useViewer, type Role } from '../../access/viewer';
import '../safeguarding/safeguarding.css';

const StaffAccountsQuery = graphql(`
  query StaffAccounts {
    staffAccounts {
      id
      email
      displayName
      role
      active
    }
  }
`);

const CreateStaffAccountMutation = graphql(`
  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      email
      displayName
      role
      active
    }
  }
`);

const DeactivateStaffAccountMutation = graphql(`
  mutation DeactivateStaffAccount($id: ID!) {
    deactivateStaffAccount(id: $id) {
      id
      active
    }
  }
`);

type StaffAccount = ResultOf<typeof StaffAccountsQuery>['staffAccounts'][number];

// An empty list carries no __typename: name it, so adding an account refetches the list.
const staffContext = { additionalTypenames: ['StaffAccount'] };

// The server's rules (identity.inputs.ts), checked here first so the form can say what is wrong.
const NAME_MAX = 100;
const EMAIL_MAX = 200;
const PASSWORD_MIN = 12;
const PASSWORD_MAX = 200;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Deactivate, after saying what it does; refused for your own account. */
function DeactivateControl({ account, onDone }: { account: StaffAccount; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, deactivate] = useMutation(DeactivateStaffAccountMutation);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const errorId = `deactivate-${account.id}-error`;

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  async function confirm() {
    setProblem(null);
    const result = await deactivate({ id: account.id });
    if (result.data?.deactivateStaffAccount) {
      setConfirming(false);
      onDone(account.displayName || account.email);
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT' && 'id' in fieldErrors(result.error)) setProblem(t('people.deactivate.errors.self'));
    else setProblem(errorMessage(t, result.error));
  }

  if (!confirming) {
    return (
      <button type="button" className="button button--secondary" ref={opener} onClick={() => setConfirming(true)}>
        {t('people.deactivate.start')}
        <span className="visually-hidden"> {account.displayName || account.email}</span>
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-label={t('people.deactivate.confirmLabel', { name: account.displayName || account.email })}>
      <p>{t('people.deactivate.confirm', { name: account.displayName || account.email })}</p>
      {problem ? (
        <div role="alert">
          <ErrorMessage id={errorId} message={problem} />
        </div>
      ) : null}
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          ref={confirmButton}
          aria-disabled={fetching || undefined}
          aria-describedby={problem ? errorId : undefined}
          onClick={fetching ? undefined : () => void confirm()}
        >
          {fetching ? t('people.deactivate.working') : t('people.deactivate.yes')}
        </button>
        <Button
          variant="secondary"
          onClick={() => {
            returnFocus.current = true;
            setConfirming(false);
            setProblem(null);
          }}
        >
          {t('people.deactivate.cancel')}
        </Button>
      </div>
    </div>
  );
}

function StaffTable({ onDeactivated }: { onDeactivated: (name: string) => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StaffAccountsQuery, context: staffContext });

  if (fetching && !data) return <LoadingState label={t('people.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const accounts = data?.staffAccounts ?? [];
  if (accounts.length === 0) return <EmptyState message={t('people.empty')} />;

  return (
    <div className="table-wrap" role="region" aria-labelledby="staff-table-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="staff-table-caption">{t('people.tableCaption', { count: accounts.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.columns.name')}</th>
            <th scope="col">{t('people.columns.email')}</th>
            <th scope="col">{t('people.columns.role')}</th>
            <th scope="col">{t('people.columns.status')}</th>
            <th scope="col">{t('people.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row" dir="auto">
                {account.displayName}
              </th>
              <td dir="ltr" className="people__email">
                {account.email}
              </td>
              <td>{t(`role.${account.role}`)}</td>
              <td>
                <span className={account.active ? 'status-tag status-tag--active' : 'status-tag status-tag--inactive'}>
                  {account.active ? t('people.active') : t('people.inactive')}
                </span>
              </td>
              <td>
                {account.id === viewer.id ? (
                  <span className="secondary-text">{t('people.you')}</span>
                ) : account.active ? (
                  <DeactivateControl account={account} onDone={onDeactivated} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type StaffField = 'staff-email' | 'staff-name' | 'staff-role' | 'staff-password';

function AddStaffForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [password, setPassword] = useState('');
  const [added, setAdded] = useState<string | undefined>();
  const [{ fetching }, create] = useMutation(CreateStaffAccountMutation);
  const errors = useFormErrors<StaffField>();

  function check(): Partial<Record<StaffField, string>> {
    const problems: Partial<Record<StaffField, string>> = {};
    const e = email.trim();
    if (!e) problems['staff-email'] = t('people.add.errors.emailMissing');
    else if (!EMAIL_SHAPE.test(e) || e.length > EMAIL_MAX) problems['staff-email'] = t('people.add.errors.emailInvalid');
    if (!name.trim()) problems['staff-name'] = t('people.add.errors.nameMissing');
    else if (name.trim().length > NAME_MAX) problems['staff-name'] = t('people.add.errors.nameTooLong', { max: NAME_MAX });
    if (!role) problems['staff-role'] = t('people.add.errors.roleMissing');
    if (password.length < PASSWORD_MIN) problems['staff-password'] = t('people.add.errors.passwordShort', { min: PASSWORD_MIN });
    else if (password.length > PASSWORD_MAX) problems['staff-password'] = t('people.add.errors.passwordLong', { max: PASSWORD_MAX });
    return problems;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAdded(undefined);
    const problems = check();
    if (Object.keys(problems).length) return errors.fail(problems);

    const result = await create({ input: { email: email.trim(), displayName: name.trim(), role: role!, password } });
    const account = result.data?.createStaffAccount;
    if (account) {
      errors.clear();
      setEmail('');
      setName('');
      setRole(undefined);
      setPassword('');
      setAdded(account.displayName);
      return;
    }
    switch (errorCode(result.error)) {
      case 'BAD_USER_INPUT': {
        const fields = fieldErrors(result.error);
        const next: Partial<Record<StaffField, string>> = {};
        if ('email' in fields) next['staff-email'] = t('people.add.errors.emailInvalid');
        if ('displayName' in fields) next['staff-name'] = t('people.add.errors.nameTooLong', { max: NAME_MAX });
        if ('role' in fields) next['staff-role'] = t('people.add.errors.roleMissing');
        if ('password' in fields) next['staff-password'] = t('people.add.errors.passwordShort', { min: PASSWORD_MIN });
        return Object.keys(next).length ? errors.fail(next) : errors.fail({}, t('errors.unknown'));
      }
      case 'CONFLICT':
        return errors.fail({ 'staff-email': t('people.add.errors.emailTaken') });
      default:
        return errors.fail({}, errorMessage(t, result.error));
    }
  }

  return (
    <section className="section" aria-labelledby="add-staff-heading">
      <h2 className="heading-m" id="add-staff-heading">
        {t('people.add.heading')}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="notice" role="status" aria-live="polite">
        {added ? t('people.add.added', { name: added }) : null}
      </p>
      <form onSubmit={onSubmit} noValidate className="form">
        <Field
          id="staff-email"
          type="email"
          label={t('people.add.emailLabel')}
          hint={t('people.add.emailHint')}
          error={errors.fields['staff-email']}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
        />
        <Field
          id="staff-name"
          label={t('people.add.nameLabel')}
          error={errors.fields['staff-name']}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
        />
        <Radios
          name="staff-role"
          legend={t('people.add.roleLegend')}
          error={errors.fields['staff-role']}
          options={STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`), hint: t(`people.roleHints.${r as StaffRole}`) }))}
          value={role}
          onChange={setRole}
        />
        <Field
          id="staff-password"
          type="password"
          label={t('people.add.passwordLabel')}
          hint={t('people.add.passwordHint', { min: PASSWORD_MIN })}
          error={errors.fields['staff-password']}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
        />
        <Button type="submit" busy={fetching} busyLabel={t('people.add.submitting')}>
          {t('people.add.submit')}
        </Button>
      </form>
    </section>
  );
}

type StaffRole = 'ADMIN' | 'COMMISSIONER' | 'PRACTITIONER' | 'SAFEGUARDING_LEAD';

/** ADMIN: the organisation's staff accounts, adding one, and deactivating one. */
export function PeoplePage() {
  const { t } = useTranslation();
  const [deactivated, setDeactivated] = useState<string | undefined>();
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The button that was pressed has gone with the change: say what happened, and start there.
    if (deactivated) notice.current?.focus();
  }, [deactivated]);
  return (
    <Page title={t('people.title')} wide>
      <p className="body-l">{t('people.intro')}</p>
      <p className="notice" role="status" aria-live="polite" tabIndex={-1} ref={notice}>
        {deactivated ? t('people.deactivate.done', { name: deactivated }) : null}
      </p>
      <StaffTable onDeactivated={setDeactivated} />
      <AddStaffForm />
    </Page>
  );
}

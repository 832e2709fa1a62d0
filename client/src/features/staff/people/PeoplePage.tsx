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
      invitePending
      mfaEnabled
    }
  }
`);

const InviteStaffMutation = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      id
      email
      displayName
      role
      active
      invitePending
      mfaEnabled
    }
  }
`);

const SetStaffRoleMutation = graphql(`
  mutation SetStaffRole($id: ID!, $role: Role!) {
    setStaffRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

const ReactivateStaffAccountMutation = graphql(`
  mutation ReactivateStaffAccount($id: ID!) {
    reactivateStaffAccount(id: $id) {
      id
      active
    }
  }
`);

const ResetStaffMfaMutation = graphql(`
  mutation ResetStaffMfa($id: ID!) {
    resetStaffMfa(id: $id) {
      id
      mfaEnabled
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

/** Change someone's role with a select and a button (not on change: a keyboard user reads the options first). */
function RoleControl({ account }: { account: StaffAccount }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(account.role as Role);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, setStaffRole] = useMutation(SetStaffRoleMutation);
  const id = `role-${account.id}`;
  async function save() {
    setProblem(null);
    const result = await setStaffRole({ id: account.id, role });
    if (!result.data?.setStaffRole) setProblem(errorMessage(t, result.error));
  }
  return (
    <div className="people__role">
      <label className="visually-hidden" htmlFor={id}>
        {t('people.role.label', { name: account.displayName || account.email })}
      </label>
      <select id={id} className="select" value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
      {role !== account.role ? (
        <Button variant="secondary" busy={fetching} busyLabel={t('people.role.saving')} onClick={() => void save()}>
          {t('people.role.save')}
          <span className="visually-hidden"> {account.displayName || account.email}</span>
        </Button>
      ) : null}
      {problem ? (
        <div role="alert">
          <ErrorMessage id={`${id}-error`} message={problem} />
        </div>
      ) : null}
    </div>
  );
}

/** A one-press action on another account (reactivate, reset the authenticator app), with its outcome said aloud. */
function AccountAction({ label, done, run }: { label: string; done: string; run: () => Promise<{ ok: boolean; error?: Parameters<typeof errorMessage>[1] }> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  return (
    <>
      <Button
        variant="secondary"
        busy={state.busy}
        busyLabel={t('people.working')}
        onClick={async () => {
          setState({ busy: true, message: null });
          const outcome = await run();
          setState({ busy: false, message: outcome.ok ? done : errorMessage(t, outcome.error) });
        }}
      >
        {label}
      </Button>
      <span role="status" className="secondary-text">
        {state.message}
      </span>
    </>
  );
}

function StaffTable({ onDeactivated }: { onDeactivated: (name: string) => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StaffAccountsQuery, context: staffContext });
  const [, reactivate] = useMutation(ReactivateStaffAccountMutation);
  const [, resetMfa] = useMutation(ResetStaffMfaMutation);

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
              <td>{account.id === viewer.id ? t(`role.${account.role}`) : <RoleControl account={account} />}</td>
              <td>
                <span className={account.active ? 'status-tag status-tag--active' : 'status-tag status-tag--inactive'}>
                  {!account.active ? t('people.inactive') : account.invitePending ? t('people.invited') : t('people.active')}
                </span>
                {account.mfaEnabled ? <span className="status-tag"> {t('people.mfa')}</span> : null}
              </td>
              <td>
                {account.id === viewer.id ? (
                  <span className="secondary-text">{t('people.you')}</span>
                ) : (
                  <div className="button-group">
                    {account.active ? (
                      <DeactivateControl account={account} onDone={onDeactivated} />
                    ) : (
                      <AccountAction
                        label={t('people.reactivate', { name: account.displayName || account.email })}
                        done={t('people.reactivated')}
                        run={async () => {
                          const r = await reactivate({ id: account.id });
                          return { ok: Boolean(r.data?.reactivateStaffAccount), error: r.error };
                        }}
                      />
                    )}
                    {account.mfaEnabled ? (
                      <AccountAction
                        label={t('people.resetMfa', { name: account.displayName || account.email })}
                        done={t('people.mfaReset')}
                        run={async () => {
                          const r = await resetMfa({ id: account.id });
                          return { ok: Boolean(r.data?.resetStaffMfa), error: r.error };
                        }}
                      />
                    ) : null}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type StaffField = 'staff-email' | 'staff-name' | 'staff-role';

function AddStaffForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [added, setAdded] = useState<string | undefined>();
  const [{ fetching }, invite] = useMutation(InviteStaffMutation);
  const errors = useFormErrors<StaffField>();

  function check(): Partial<Record<StaffField, string>> {
    const problems: Partial<Record<StaffField, string>> = {};
    const e = email.trim();
    if (!e) problems['staff-email'] = t('people.add.errors.emailMissing');
    else if (!EMAIL_SHAPE.test(e) || e.length > EMAIL_MAX) problems['staff-email'] = t('people.add.errors.emailInvalid');
    if (!name.trim()) problems['staff-name'] = t('people.add.errors.nameMissing');
    else if (name.trim().length > NAME_MAX) problems['staff-name'] = t('people.add.errors.nameTooLong', { max: NAME_MAX });
    if (!role) problems['staff-role'] = t('people.add.errors.roleMissing');
    return problems;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAdded(undefined);
    const problems = check();
    if (Object.keys(problems).length) return errors.fail(problems);

    const result = await invite({ input: { email: email.trim(), displayName: name.trim(), role: role! } });
    const account = result.data?.inviteStaff;
    if (account) {
      errors.clear();
      setEmail('');
      setName('');
      setRole(undefined);
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

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { Radios } from '../../../components/Radios';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { useViewer } from '../../access/viewer';
import { CodeCard } from './CodeCard';
import {
  AGE_BANDS,
  AddForumMemberMutation,
  ReissueForumCodeMutation,
  RemoveForumMemberMutation,
  StaffForumsQuery,
  forumContext,
  type ForumAgeBand,
  type Invite,
  type StaffForum,
} from './forumQueries';

type FormField = 'member-name' | 'member-age';

function AddMemberForm({ forum, onInvite }: { forum: StaffForum; onInvite: (invite: Invite) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [ageBand, setAgeBand] = useState<ForumAgeBand | undefined>();
  const [added, setAdded] = useState<string | null>(null);
  const [{ fetching }, addMember] = useMutation(AddForumMemberMutation);
  const errors = useFormErrors<FormField>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    if (!name.trim()) return errors.fail({ 'member-name': t('staffForums.members.errors.nameMissing') });
    const result = await addMember({ forumId: forum.id, displayName: name.trim(), ageBand: ageBand ?? null }, forumContext);
    const invite = result.data?.addForumMember;
    if (invite) {
      errors.clear();
      setName('');
      setAgeBand(undefined);
      setAdded(invite.member.displayName);
      onInvite(invite);
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') return errors.fail({ 'member-name': t('staffForums.members.errors.nameInvalid') });
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section no-print" aria-labelledby="add-member-heading">
      <h2 className="heading-m" id="add-member-heading">
        {t('staffForums.members.addHeading')}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="notice" role="status" aria-live="polite">
        {added ? t('staffForums.members.added', { name: added }) : null}
      </p>
      <form onSubmit={onSubmit} noValidate className="form">
        <Field
          id="member-name"
          label={t('staffForums.members.nameLabel')}
          hint={t('staffForums.members.nameHint')}
          error={errors.fields['member-name']}
          value={name}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
        <Radios
          name="member-age"
          legend={t('staffForums.members.ageLegend')}
          options={AGE_BANDS.map((band) => ({ value: band, label: t(`ageBand.${band}`) }))}
          value={ageBand}
          onChange={setAgeBand}
        />
        <Button type="submit" busy={fetching} busyLabel={t('staffForums.members.adding')}>
          {t('staffForums.members.add')}
        </Button>
      </form>
    </section>
  );
}

function MemberRow({ member, canManage, onInvite }: { member: StaffForum['members'][number]; canManage: boolean; onInvite: (invite: Invite) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [{ fetching: reissuing, error: reissueError }, reissue] = useMutation(ReissueForumCodeMutation);
  const [{ fetching: removing, error: removeError }, remove] = useMutation(RemoveForumMemberMutation);
  const error = reissueError ?? removeError;

  async function onReissue() {
    const result = await reissue({ memberId: member.id }, forumContext);
    if (result.data?.reissueForumCode) onInvite(result.data.reissueForumCode);
  }

  return (
    <tr>
      <th scope="row">{member.displayName}</th>
      <td>{member.ageBand ? t(`ageBand.${member.ageBand}`) : t('staffForums.members.noAge')}</td>
      {canManage ? (
        <td>
          {confirming ? (
            <div className="button-row">
              <span>{t('staffForums.members.removeConfirm', { name: member.displayName })}</span>
              <Button variant="warning" busy={removing} onClick={() => void remove({ memberId: member.id }, forumContext)}>
                {t('staffForums.members.removeYes')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('staffForums.members.removeNo')}
              </Button>
            </div>
          ) : (
            <div className="button-row">
              <Button variant="secondary" busy={reissuing} busyLabel={t('staffForums.members.reissuing')} onClick={() => void onReissue()}>
                <span>
                  {t('staffForums.members.reissue')}
                  <span className="visually-hidden"> {t('staffForums.members.forName', { name: member.displayName })}</span>
                </span>
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                <span>
                  {t('staffForums.members.remove')}
                  <span className="visually-hidden"> {member.displayName}</span>
                </span>
              </Button>
            </div>
          )}
          {error ? <p className="error-message">{errorMessage(t, error)}</p> : null}
        </td>
      ) : null}
    </tr>
  );
}

/** /staff/forums/:id — members, join codes to print, reissue and remove. */
export function ForumPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { id = '' } = useParams<'id'>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StaffForumsQuery, context: forumContext });
  // Codes are shown once (only their hashes are kept): they live on this page until it is left.
  const [invites, setInvites] = useState<Invite[]>([]);
  const canManage = viewer.role !== 'SAFEGUARDING_LEAD';
  const forum = data?.forums.find((f) => f.id === id);
  const addInvite = (invite: Invite) => setInvites((list) => [...list.filter((i) => i.member.id !== invite.member.id), invite]);

  if (fetching && !data) {
    return (
      <Page title={t('staffForums.forum.loadingTitle')} backTo="/staff/forums" wide>
        <LoadingState />
      </Page>
    );
  }
  if (error && !data) {
    return (
      <Page title={t('staffForums.forum.errorTitle')} backTo="/staff/forums" wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  if (!forum) {
    return (
      <Page title={t('staffForums.forum.notFoundTitle')} backTo="/staff/forums" wide>
        <EmptyState message={t('staffForums.forum.notFound')} />
      </Page>
    );
  }

  return (
    <Page title={forum.name} backTo="/staff/forums" wide>
      {forum.description ? <p className="body-l no-print">{forum.description}</p> : null}
      <p className="body no-print">
        <Link to={`/staff/proposals?forum=${forum.id}`} className="link">
          {t('staffForums.forum.proposalsLink')}
        </Link>
      </p>
      {invites.length > 0 ? (
        <section className="section forum-cards-section" aria-labelledby="codes-heading">
          <h2 className="heading-m no-print" id="codes-heading">
            {t('staffForums.codes.heading')}
          </h2>
          <p className="body no-print">{t('staffForums.codes.once')}</p>
          <Button className="no-print" onClick={() => window.print()}>
            {t('staffForums.codes.print')}
          </Button>
          <ul className="forum-cards">
            {invites.map((invite) => (
              <CodeCard key={invite.member.id} invite={invite} forumName={forum.name} />
            ))}
          </ul>
        </section>
      ) : null}
      <section className="section no-print" aria-labelledby="members-heading">
        <h2 className="heading-m" id="members-heading">
          {t('staffForums.members.heading', { count: forum.members.length })}
        </h2>
        {forum.members.length === 0 ? (
          <EmptyState message={t('staffForums.members.empty')} />
        ) : (
          <table className="forum-table">
            <caption className="visually-hidden">{t('staffForums.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staffForums.members.columns.name')}</th>
                <th scope="col">{t('staffForums.members.columns.age')}</th>
                {canManage ? <th scope="col">{t('staffForums.members.columns.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {forum.members.map((member) => (
                <MemberRow key={member.id} member={member} canManage={canManage} onInvite={addInvite} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {canManage ? <AddMemberForm forum={forum} onInvite={addInvite} /> : null}
    </Page>
  );
}

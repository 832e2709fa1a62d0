import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useNavigate } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field, TextArea } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { useViewer } from '../../access/viewer';
import { CreateForumMutation, StaffForumsQuery, forumContext } from './forumQueries';

type FormField = 'forum-name' | 'forum-description';

function CreateForumForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [{ fetching }, createForum] = useMutation(CreateForumMutation);
  const errors = useFormErrors<FormField>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return errors.fail({ 'forum-name': t('staffForums.create.errors.nameMissing') });
    const result = await createForum({ name: name.trim(), description: description.trim() || null }, forumContext);
    const forum = result.data?.createForum;
    if (forum) return navigate(`/staff/forums/${forum.id}`);
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const fields = fieldErrors(result.error);
      return errors.fail({
        ...('name' in fields ? { 'forum-name': t('staffForums.create.errors.nameInvalid') } : {}),
        ...('description' in fields ? { 'forum-description': t('staffForums.create.errors.descriptionInvalid') } : {}),
      });
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="create-forum-heading">
      <h2 className="heading-m" id="create-forum-heading">
        {t('staffForums.create.heading')}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        <Field
          id="forum-name"
          label={t('staffForums.create.nameLabel')}
          hint={t('staffForums.create.nameHint')}
          error={errors.fields['forum-name']}
          value={name}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
        <TextArea
          id="forum-description"
          label={t('staffForums.create.descriptionLabel')}
          optional
          rows={3}
          error={errors.fields['forum-description']}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <Button type="submit" busy={fetching} busyLabel={t('staffForums.create.submitting')}>
          {t('staffForums.create.submit')}
        </Button>
      </form>
    </section>
  );
}

/** /staff/forums — the organisation's youth forums, and a form to start one. */
export function ForumListPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StaffForumsQuery, context: forumContext });
  const canManage = viewer.role !== 'SAFEGUARDING_LEAD';
  const forums = data?.forums ?? [];

  let body;
  if (fetching && !data) body = <LoadingState label={t('staffForums.list.loading')} />;
  else if (error && !data) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (forums.length === 0) body = <EmptyState message={t('staffForums.list.empty')} />;
  else {
    body = (
      <ul className="summary-list">
        {forums.map((forum) => (
          <li key={forum.id} className="summary-list__item">
            <h2 className="heading-s">
              <Link to={`/staff/forums/${forum.id}`} className="link">
                {forum.name}
              </Link>
            </h2>
            <p className="body">{t('staffForums.list.members', { count: forum.members.length })}</p>
            {forum.description ? <p className="body secondary-text">{forum.description}</p> : null}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Page title={t('staffForums.list.title')} backTo="/staff" wide>
      <p className="body-l">{t('staffForums.list.intro')}</p>
      {body}
      {canManage ? <CreateForumForm /> : null}
    </Page>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useLocation, useNavigate } from '../../../components/router';
import { useTranslation, type MessageKey } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { ErrorState } from '../../../components/ErrorState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ErrorMessage, Field, TextArea } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { CreateProposalMutation, ProposalFormOptionsQuery, proposalContext } from './proposalQueries';

const TEXT_FIELDS = ['title', 'childSummary', 'problem', 'proposedChange'] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];
type FormField = `proposal-${TextFieldName}` | 'proposal-service' | 'proposal-forum' | 'proposal-quorum' | 'proposal-themes';

const SERVER_FIELD: Record<string, FormField> = {
  title: 'proposal-title',
  childSummary: 'proposal-childSummary',
  problem: 'proposal-problem',
  proposedChange: 'proposal-proposedChange',
  serviceId: 'proposal-service',
  forumId: 'proposal-forum',
  quorum: 'proposal-quorum',
  themeIds: 'proposal-themes',
};

/** A native select with label, hint and inline error, in the house form style. */
function Select({ id, label, hint, error, value, onChange, options, emptyLabel }: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  options: Array<{ value: string; label: string }>;
  emptyLabel: string;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
        <span className="label__optional"> {t('common.optional')}</span>
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
      <select id={id} name={id} className="input proposal-select" value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** /staff/proposals/new — a draft proposal: what, why, a summary for children, where it goes. */
export function CreateProposalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProposalFormOptionsQuery });
  const [text, setText] = useState<Record<TextFieldName, string>>({ title: '', childSummary: '', problem: '', proposedChange: '' });
  const [serviceId, setServiceId] = useState('');
  const [forumId, setForumId] = useState(() => new URLSearchParams(location.search).get('forum') ?? '');
  const [quorum, setQuorum] = useState('');
  // "Create a proposal from this theme" links here with ?theme=<id>: start with it ticked.
  const [themeIds, setThemeIds] = useState<string[]>(() => new URLSearchParams(location.search).getAll('theme'));
  const [{ fetching: saving }, createProposal] = useMutation(CreateProposalMutation);
  const errors = useFormErrors<FormField>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<FormField, string>> = {};
    for (const field of TEXT_FIELDS) {
      if (!text[field].trim()) missing[`proposal-${field}`] = t(`staffProposals.create.errors.${field}Missing` as MessageKey);
    }
    const quorumNumber = quorum.trim() ? Number(quorum) : null;
    if (quorumNumber !== null && (!Number.isInteger(quorumNumber) || quorumNumber < 1)) missing['proposal-quorum'] = t('staffProposals.create.errors.quorumInvalid');
    if (Object.keys(missing).length) return errors.fail(missing);

    const result = await createProposal(
      {
        input: {
          title: text.title.trim(),
          childSummary: text.childSummary.trim(),
          problem: text.problem.trim(),
          proposedChange: text.proposedChange.trim(),
          serviceId: serviceId || null,
          forumId: forumId || null,
          quorum: quorumNumber,
          themeIds,
        },
      },
      proposalContext,
    );
    const created = result.data?.createProposal;
    if (created) return navigate(`/staff/proposals/${created.id}`);
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const fields = fieldErrors(result.error);
      const next: Partial<Record<FormField, string>> = {};
      for (const name of Object.keys(fields)) if (SERVER_FIELD[name]) next[SERVER_FIELD[name]] = t('staffProposals.create.errors.invalid');
      return Object.keys(next).length ? errors.fail(next) : errors.fail({}, t('errors.unknown'));
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  let options;
  if (fetching && !data) options = <LoadingState />;
  else if (error && !data) options = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else {
    options = (
      <>
        <Select
          id="proposal-forum"
          label={t('staffProposals.create.forumLabel')}
          hint={t('staffProposals.create.forumHint')}
          error={errors.fields['proposal-forum']}
          value={forumId}
          onChange={setForumId}
          emptyLabel={t('staffProposals.create.noForum')}
          options={(data?.forums ?? []).map((f) => ({ value: f.id, label: f.name }))}
        />
        <Select
          id="proposal-service"
          label={t('staffProposals.create.serviceLabel')}
          error={errors.fields['proposal-service']}
          value={serviceId}
          onChange={setServiceId}
          emptyLabel={t('staffProposals.create.noService')}
          options={(data?.services ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        {data?.themes.length ? (
          <fieldset className="fieldset form-group" id="proposal-themes">
            <legend className="fieldset__legend">{t('staffProposals.create.themesLegend')}</legend>
            <div className="hint">{t('staffProposals.create.themesHint')}</div>
            {errors.fields['proposal-themes'] ? <ErrorMessage id="proposal-themes-error" message={errors.fields['proposal-themes']!} /> : null}
            {data.themes.map((theme) => (
              <Checkbox
                key={theme.id}
                id={`theme-${theme.id}`}
                label={theme.label}
                checked={themeIds.includes(theme.id)}
                onChange={(checked) => setThemeIds((ids) => (checked ? [...ids, theme.id] : ids.filter((x) => x !== theme.id)))}
              />
            ))}
          </fieldset>
        ) : null}
      </>
    );
  }

  return (
    <Page title={t('staffProposals.create.title')} backTo="/staff/proposals" wide>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        {TEXT_FIELDS.map((field) =>
          field === 'title' ? (
            <Field
              key={field}
              id="proposal-title"
              label={t('staffProposals.create.titleLabel')}
              hint={t('staffProposals.create.titleHint')}
              error={errors.fields['proposal-title']}
              value={text.title}
              autoComplete="off"
              onChange={(e) => setText({ ...text, title: e.target.value })}
            />
          ) : (
            <TextArea
              key={field}
              id={`proposal-${field}`}
              label={t(`staffProposals.create.${field}Label` as MessageKey)}
              hint={t(`staffProposals.create.${field}Hint` as MessageKey)}
              error={errors.fields[`proposal-${field}`]}
              rows={field === 'childSummary' ? 3 : 5}
              value={text[field]}
              onChange={(e) => setText({ ...text, [field]: e.target.value })}
            />
          ),
        )}
        {options}
        <Field
          id="proposal-quorum"
          label={t('staffProposals.create.quorumLabel')}
          hint={t('staffProposals.create.quorumHint')}
          error={errors.fields['proposal-quorum']}
          optional
          inputMode="numeric"
          className="input--short"
          value={quorum}
          onChange={(e) => setQuorum(e.target.value)}
        />
        <Button type="submit" busy={saving} busyLabel={t('staffProposals.create.saving')}>
          {t('staffProposals.create.submit')}
        </Button>
      </form>
    </Page>
  );
}

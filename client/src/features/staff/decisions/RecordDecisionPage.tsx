import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { CombinedError } from 'urql';
import { readFragment } from '../../../graphql';
import { useLocation, useNavigate } from '../../../components/router';
import { useTranslation, type MessageKey } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ErrorMessage, Field, TextArea } from '../../../components/Field';
import { Radios } from '../../../components/Radios';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { OUTCOMES, dateInputValue, type Outcome } from '../trace/common';
import { InputFields, WorkspaceQuery } from '../themes/themeQueries';
import { DecisionFormOptionsQuery, RecordDecisionMutation } from './decisionQueries';

const MIN_WHY_NOT = 20;
type TextName = 'title' | 'summary' | 'rationale' | 'decidedBy' | 'youSaidWeDid';
type FormField = `decision-${TextName}` | 'decision-outcome' | 'decision-decidedAt' | 'decision-service' | 'decision-themes' | 'decision-proposals' | 'decision-inputs';

/** Server field paths (`themeIds.2`) to the form's fields. */
const SERVER_FIELDS: Record<string, FormField> = {
  title: 'decision-title',
  summary: 'decision-summary',
  rationale: 'decision-rationale',
  decidedBy: 'decision-decidedBy',
  youSaidWeDid: 'decision-youSaidWeDid',
  outcome: 'decision-outcome',
  decidedAt: 'decision-decidedAt',
  serviceId: 'decision-service',
  themeIds: 'decision-themes',
  proposalIds: 'decision-proposals',
  inputIds: 'decision-inputs',
};

function serverFields(error: CombinedError | undefined): Partial<Record<FormField, true>> {
  const out: Partial<Record<FormField, true>> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field.replace(/^input\./, '').split('.')[0] : '';
    if (SERVER_FIELDS[field]) out[SERVER_FIELDS[field]] = true;
  }
  return out;
}

/** Find inputs by their words and pick some to cite on their own. */
function InputPicker({ chosen, setChosen, error }: { chosen: Map<string, string>; setChosen: (m: Map<string, string>) => void; error?: string }) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: WorkspaceQuery, variables: { filter: { search }, first: 10, after: null }, pause: !search });
  const toggle = (id: string, label: string, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(id, label);
    else next.delete(id);
    setChosen(next);
  };
  return (
    <fieldset className={error ? 'fieldset form-group form-group--error' : 'fieldset form-group'} id="decision-inputs">
      <legend className="fieldset__legend">{t('trace.record.inputsLegend')}</legend>
      <div className="hint">{t('trace.record.inputsHint')}</div>
      {error ? <ErrorMessage id="decision-inputs-error" message={error} /> : null}
      {[...chosen.entries()].map(([id, label]) => (
        <Checkbox key={id} id={`chosen-${id}`} label={label} checked onChange={(on) => toggle(id, label, on)} />
      ))}
      <div className="trace-inline-form">
        <Field id="decision-input-search" label={t('trace.record.inputsSearch')} value={term} onChange={(e) => setTerm(e.target.value)} type="search" />
        <div className="form-group">
          <Button variant="secondary" onClick={() => setSearch(term.trim())}>
            {t('trace.record.find')}
          </Button>
        </div>
      </div>
      {fetching ? <LoadingState /> : null}
      {search && data
        ? data.inputs.edges.length === 0
          ? <p className="body secondary-text">{t('trace.record.noInputs')}</p>
          : data.inputs.edges.map(({ node }) => {
              const input = readFragment(InputFields, node);
              if (chosen.has(input.id) || input.withheld) return null;
              const label = `“${input.text}” (${input.sourceTitle})`;
              return <Checkbox key={input.id} id={`found-${input.id}`} label={label} checked={false} onChange={(on) => toggle(input.id, label, on)} />;
            })
        : null}
    </fieldset>
  );
}

/** /staff/decisions/new — a decision, why (and why not), and the evidence it rests on. */
export function RecordDecisionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DecisionFormOptionsQuery });
  const [text, setText] = useState<Record<TextName, string>>({ title: '', summary: '', rationale: '', decidedBy: '', youSaidWeDid: '' });
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [decidedAt, setDecidedAt] = useState(dateInputValue(new Date()));
  const [serviceId, setServiceId] = useState('');
  const [published, setPublished] = useState(true);
  const [themeIds, setThemeIds] = useState<string[]>(() => params.getAll('theme'));
  const [proposalIds, setProposalIds] = useState<string[]>(() => params.getAll('proposal'));
  const [inputs, setInputs] = useState<Map<string, string>>(new Map());
  const [{ fetching: saving }, record] = useMutation(RecordDecisionMutation);
  const errors = useFormErrors<FormField>();

  if (fetching && !data) return <Page title={t('trace.record.title')} backTo="/staff/decisions"><LoadingState /></Page>;
  if (error && !data) {
    return (
      <Page title={t('trace.record.title')} backTo="/staff/decisions">
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }

  const set = (name: TextName) => (e: { target: { value: string } }) => setText((x) => ({ ...x, [name]: e.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<FormField, string>> = {};
    for (const name of ['title', 'summary', 'rationale', 'decidedBy', 'youSaidWeDid'] as const) {
      if (!text[name].trim()) missing[`decision-${name}`] = t(`trace.record.errors.${name}Missing` as MessageKey);
    }
    if (!outcome) missing['decision-outcome'] = t('trace.record.errors.outcomeMissing');
    if (outcome === 'NOT_ADOPTED' && text.rationale.trim() && text.rationale.trim().length < MIN_WHY_NOT) missing['decision-rationale'] = t('trace.record.errors.whyNot', { count: MIN_WHY_NOT });
    if (!decidedAt) missing['decision-decidedAt'] = t('trace.record.errors.decidedAtMissing');
    if (Object.keys(missing).length) return errors.fail(missing);

    const result = await record({
      input: {
        title: text.title.trim(),
        summary: text.summary.trim(),
        rationale: text.rationale.trim(),
        decidedBy: text.decidedBy.trim(),
        youSaidWeDid: text.youSaidWeDid.trim(),
        outcome: outcome!,
        decidedAt: new Date(`${decidedAt}T12:00:00Z`).toISOString(),
        serviceId: serviceId || null,
        published,
        themeIds,
        proposalIds,
        inputIds: [...inputs.keys()],
      },
    }, { additionalTypenames: ['Decision', 'Proposal'] });
    if (result.data) return navigate(`/staff/decisions/${result.data.recordDecision.id}`);
    const code = errorCode(result.error);
    if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') {
      const fields = serverFields(result.error);
      const next: Partial<Record<FormField, string>> = {};
      for (const field of Object.keys(fields) as FormField[]) next[field] = t(`trace.record.errors.server.${field.replace('decision-', '')}` as MessageKey);
      if (Object.keys(next).length) return errors.fail(next);
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <Page title={t('trace.record.title')} backTo="/staff/decisions">
      <p className="body-l">{t('trace.record.intro')}</p>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        <Field id="decision-title" label={t('trace.record.titleLabel')} hint={t('trace.record.titleHint')} value={text.title} onChange={set('title')} error={errors.fields['decision-title']} autoComplete="off" />
        <TextArea id="decision-summary" label={t('trace.record.summaryLabel')} value={text.summary} onChange={set('summary')} error={errors.fields['decision-summary']} />
        <Radios
          name="decision-outcome"
          legend={t('trace.record.outcomeLegend')}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`trace.outcome.${o}`) }))}
          value={outcome}
          onChange={setOutcome}
          error={errors.fields['decision-outcome']}
        />
        <TextArea
          id="decision-rationale"
          label={outcome === 'NOT_ADOPTED' ? t('trace.record.whyNotLabel') : t('trace.record.rationaleLabel')}
          hint={outcome === 'NOT_ADOPTED' ? t('trace.record.whyNotHint') : t('trace.record.rationaleHint')}
          value={text.rationale}
          onChange={set('rationale')}
          error={errors.fields['decision-rationale']}
        />
        <Field id="decision-decidedAt" type="date" label={t('trace.record.decidedAtLabel')} value={decidedAt} onChange={(e) => setDecidedAt(e.target.value)} error={errors.fields['decision-decidedAt']} />
        <Field id="decision-decidedBy" label={t('trace.record.decidedByLabel')} hint={t('trace.record.decidedByHint')} value={text.decidedBy} onChange={set('decidedBy')} error={errors.fields['decision-decidedBy']} />
        <TextArea id="decision-youSaidWeDid" label={t('trace.record.ysLabel')} hint={t('trace.record.ysHint')} value={text.youSaidWeDid} onChange={set('youSaidWeDid')} error={errors.fields['decision-youSaidWeDid']} />
        <div className={errors.fields['decision-service'] ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor="decision-service">
            {t('trace.common.service')} <span className="label__optional">{t('common.optional')}</span>
          </label>
          <div className="hint" id="decision-service-hint">{t('trace.record.serviceHint')}</div>
          {errors.fields['decision-service'] ? <ErrorMessage id="decision-service-error" message={errors.fields['decision-service']} /> : null}
          <select id="decision-service" className="trace-select" value={serviceId} onChange={(e) => setServiceId(e.target.value)} aria-describedby="decision-service-hint">
            <option value="">{t('trace.record.serviceFromEvidence')}</option>
            {data!.services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <Checkbox id="decision-published" label={t('trace.record.publishedLabel')} hint={t('trace.record.publishedHint')} checked={published} onChange={setPublished} />

        <h2 className="heading-m">{t('trace.record.evidenceHeading')}</h2>
        <fieldset className={errors.fields['decision-themes'] ? 'fieldset form-group form-group--error' : 'fieldset form-group'} id="decision-themes">
          <legend className="fieldset__legend">{t('trace.record.themesLegend')}</legend>
          {errors.fields['decision-themes'] ? <ErrorMessage id="decision-themes-error" message={errors.fields['decision-themes']} /> : null}
          {data!.themes.length === 0 ? <p className="body secondary-text">{t('trace.record.noThemes')}</p> : null}
          {data!.themes.map((theme) => (
            <Checkbox
              key={theme.id}
              id={`theme-${theme.id}`}
              label={`${theme.label} (${t('trace.record.voices', { count: theme.inputCount })})`}
              checked={themeIds.includes(theme.id)}
              onChange={(on) => setThemeIds((ids) => (on ? [...ids, theme.id] : ids.filter((x) => x !== theme.id)))}
            />
          ))}
        </fieldset>
        <fieldset className={errors.fields['decision-proposals'] ? 'fieldset form-group form-group--error' : 'fieldset form-group'} id="decision-proposals">
          <legend className="fieldset__legend">{t('trace.record.proposalsLegend')}</legend>
          <div className="hint">{t('trace.record.proposalsHint')}</div>
          {errors.fields['decision-proposals'] ? <ErrorMessage id="decision-proposals-error" message={errors.fields['decision-proposals']} /> : null}
          {data!.proposals.length === 0 ? <p className="body secondary-text">{t('trace.record.noProposals')}</p> : null}
          {data!.proposals.map((p) => (
            <Checkbox
              key={p.id}
              id={`proposal-${p.id}`}
              label={p.title}
              checked={proposalIds.includes(p.id)}
              onChange={(on) => setProposalIds((ids) => (on ? [...ids, p.id] : ids.filter((x) => x !== p.id)))}
            />
          ))}
        </fieldset>
        <InputPicker chosen={inputs} setChosen={setInputs} error={errors.fields['decision-inputs']} />
        <Button type="submit" busy={saving} busyLabel={t('trace.record.saving')}>
          {t('trace.record.submit')}
        </Button>
      </form>
    </Page>
  );
}

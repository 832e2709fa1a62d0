import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { readFragment } from '../../../graphql';
import { Link, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ErrorMessage, Field, TextArea } from '../../../components/Field';
import { Radios } from '../../../components/Radios';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { NotFoundPage } from '../../access/NotFoundPage';
import { useViewer } from '../../access/viewer';
import { useServices } from '../services';
import { CHANGE_STATUSES, ChangeStatusTag, OutcomeTag, useDateFormat, useNumberFormat, type ChangeStatus, type Outcome } from '../trace/common';
import { InputItem } from '../themes/InputItem';
import { InputFields } from '../themes/themeQueries';
import { AmendDecisionMutation, DecisionQuery, EvidenceQuery, RecordChangeMutation, UpdateChangeMutation, type DecisionDetail } from './decisionQueries';

const context = { additionalTypenames: ['Decision', 'ServiceChange'] };

function Evidence({ id, after, isLast, onMore }: { id: string; after: string | null; isLast: boolean; onMore: (c: string) => void }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EvidenceQuery, variables: { id, first: 10, after } });
  if (fetching && !data) return <LoadingState label={t('trace.decision.evidenceLoading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const connection = data?.decision?.evidence;
  if (!connection || (after === null && connection.edges.length === 0)) return <EmptyState message={t('trace.decision.noEvidence')} />;
  return (
    <>
      <ul className="trace-inputs">
        {connection.edges.map(({ node }) => (
          <li key={readFragment(InputFields, node).id}>
            <InputItem input={node} />
          </li>
        ))}
      </ul>
      {isLast && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
        <Button variant="secondary" onClick={() => onMore(connection.pageInfo.endCursor!)}>
          {t('trace.workspace.more')}
        </Button>
      ) : null}
    </>
  );
}

type ChangeField = 'change-title' | 'change-description' | 'change-service' | 'change-status';

function RecordChangeForm({ decision }: { decision: DecisionDetail }) {
  const { t } = useTranslation();
  const [{ data: services }] = useServices();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [serviceId, setServiceId] = useState(decision.service?.id ?? '');
  const [status, setStatus] = useState<ChangeStatus>('PLANNED');
  const [done, setDone] = useState('');
  const [{ fetching }, record] = useMutation(RecordChangeMutation);
  const errors = useFormErrors<ChangeField>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const missing: Partial<Record<ChangeField, string>> = {};
    if (!title.trim()) missing['change-title'] = t('trace.change.errors.titleMissing');
    if (!description.trim()) missing['change-description'] = t('trace.change.errors.descriptionMissing');
    if (!serviceId) missing['change-service'] = t('trace.change.errors.serviceMissing');
    if (Object.keys(missing).length) return errors.fail(missing);
    const result = await record({ input: { decisionId: decision.id, serviceId, title: title.trim(), description: description.trim(), status } }, context);
    if (result.data) {
      errors.clear();
      setTitle('');
      setDescription('');
      setDone(t('trace.change.recorded'));
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const f = fieldErrors(result.error);
      const next: Partial<Record<ChangeField, string>> = {};
      if ('serviceId' in f) next['change-service'] = t('trace.change.errors.serviceMissing');
      if ('title' in f) next['change-title'] = t('trace.change.errors.titleMissing');
      if ('description' in f) next['change-description'] = t('trace.change.errors.descriptionMissing');
      if ('status' in f) next['change-status'] = t('trace.change.errors.notDropped');
      if (Object.keys(next).length) return errors.fail(next);
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="record-change-heading">
      <h3 className="heading-s" id="record-change-heading">{t('trace.change.recordHeading')}</h3>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="notice" role="status" aria-live="polite">{done}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <Field id="change-title" label={t('trace.change.titleLabel')} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.fields['change-title']} autoComplete="off" />
        <TextArea id="change-description" label={t('trace.change.descriptionLabel')} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.fields['change-description']} rows={3} />
        <div className={errors.fields['change-service'] ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor="change-service">{t('trace.common.service')}</label>
          {errors.fields['change-service'] ? <ErrorMessage id="change-service-error" message={errors.fields['change-service']} /> : null}
          <select id="change-service" className="trace-select" value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
            <option value="">{t('trace.common.chooseService')}</option>
            {(services?.services ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <Radios
          name="change-status"
          legend={t('trace.change.statusLegend')}
          options={CHANGE_STATUSES.filter((s) => s !== 'DROPPED').map((s) => ({ value: s, label: t(`trace.changeStatus.${s}`) }))}
          value={status}
          onChange={setStatus}
          error={errors.fields['change-status']}
        />
        <Button type="submit" busy={fetching} busyLabel={t('trace.change.saving')}>{t('trace.change.record')}</Button>
      </form>
    </section>
  );
}

function UpdateChangeForm({ change }: { change: DecisionDetail['changes'][number] }) {
  const { t } = useTranslation();
  const current = change.status as ChangeStatus;
  const next: ChangeStatus[] = current === 'PLANNED' ? ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] : ['IN_PROGRESS', 'DONE', 'DROPPED'];
  const [status, setStatus] = useState<ChangeStatus>(current);
  const [note, setNote] = useState('');
  const [{ fetching }, update] = useMutation(UpdateChangeMutation);
  const errors = useFormErrors<'update-note' | 'update-status'>();
  const noteId = `update-note-${change.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) return errors.fail({ 'update-note': status === 'DROPPED' ? t('trace.change.errors.reasonMissing') : t('trace.change.errors.noteMissing') });
    const result = await update({ id: change.id, status, note: note.trim() }, context);
    if (result.data) {
      errors.clear();
      setNote('');
      return;
    }
    if (errorCode(result.error) === 'CONFLICT') return errors.fail({ 'update-status': t('trace.change.errors.cannotMove') });
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-label={t('trace.change.updateLabel', { title: change.title })}>
      <ErrorSummary errors={errors.summary.map((e) => (e.href === 'update-note' ? { ...e, href: noteId } : e.href === 'update-status' ? { ...e, href: `update-status-${change.id}` } : e))} focusKey={errors.focusKey} />
      <Radios
        name={`update-status-${change.id}`}
        legend={t('trace.change.newStatus')}
        options={next.map((s) => ({ value: s, label: t(`trace.changeStatus.${s}`) }))}
        value={status}
        onChange={setStatus}
        error={errors.fields['update-status']}
      />
      <TextArea
        id={noteId}
        label={status === 'DROPPED' ? t('trace.change.reasonLabel') : t('trace.change.noteLabel')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.fields['update-note']}
        rows={2}
      />
      <Button type="submit" variant="secondary" busy={fetching} busyLabel={t('trace.change.saving')}>{t('trace.change.update')}</Button>
    </form>
  );
}

function Changes({ decision, decider }: { decision: DecisionDetail; decider: boolean }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  return (
    <>
      {decision.changes.length === 0 ? <p className="body secondary-text">{t('trace.decisions.noChanges')}</p> : null}
      {decision.changes.map((c) => (
        <article key={c.id} className="section" aria-labelledby={`change-${c.id}`}>
          <h3 className="heading-s" id={`change-${c.id}`}>
            {c.title} <ChangeStatusTag status={c.status as ChangeStatus} />
          </h3>
          <p className="body">{c.description}</p>
          <p className="body secondary-text">{t('trace.change.forService', { service: c.service.name })}</p>
          <ol className="trace-timeline" aria-label={t('trace.change.historyLabel', { title: c.title })}>
            {c.updates.map((u, i) => (
              <li key={i}>
                <time dateTime={u.at}>{date(u.at)}</time>
                <ChangeStatusTag status={u.status as ChangeStatus} /> {u.note || t('trace.change.recordedNote')}
              </li>
            ))}
          </ol>
          {decider && (c.status === 'PLANNED' || c.status === 'IN_PROGRESS') ? <UpdateChangeForm change={c} /> : null}
        </article>
      ))}
      {decider ? <RecordChangeForm decision={decision} /> : null}
    </>
  );
}

/** /staff/decisions/:id — a decision, what it rests on, and the changes that followed with their history. */
type AmendField = 'amend-summary' | 'amend-rationale' | 'amend-ysd' | 'amend-reason';

/** Correct or revisit a decision: the version it replaces is kept, with who, when and why. */
function AmendForm({ decision }: { decision: DecisionDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState(decision.summary);
  const [rationale, setRationale] = useState(decision.rationale);
  const [ysd, setYsd] = useState(decision.youSaidWeDid);
  const [reason, setReason] = useState('');
  const [{ fetching }, amend] = useMutation(AmendDecisionMutation);
  const errors = useFormErrors<AmendField>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<AmendField, string>> = {};
    if (!summary.trim()) problems['amend-summary'] = t('trace.amend.errors.summary');
    if (!rationale.trim()) problems['amend-rationale'] = t('trace.amend.errors.rationale');
    if (!ysd.trim()) problems['amend-ysd'] = t('trace.amend.errors.ysd');
    if (!reason.trim()) problems['amend-reason'] = t('trace.amend.errors.reason');
    if (Object.keys(problems).length) return errors.fail(problems);
    const result = await amend({ id: decision.id, input: { summary: summary.trim(), rationale: rationale.trim(), youSaidWeDid: ysd.trim() }, reason: reason.trim() });
    if (result.data?.amendDecision) {
      errors.clear();
      setReason('');
      setOpen(false);
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const fields = fieldErrors(result.error);
      if ('rationale' in fields) return errors.fail({ 'amend-rationale': t('trace.amend.errors.whyNot') });
      if ('reason' in fields) return errors.fail({ 'amend-reason': t('trace.amend.errors.reason') });
      if ('input' in fields) return errors.fail({}, t('trace.amend.errors.nothing'));
    }
    errors.fail({}, errorMessage(t, result.error));
  }

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('trace.amend.start')}
      </Button>
    );
  }
  return (
    <section className="section" aria-labelledby="amend-heading">
      <h2 className="heading-m" id="amend-heading">{t('trace.amend.heading')}</h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        <TextArea id="amend-summary" label={t('trace.amend.summary')} error={errors.fields['amend-summary']} value={summary} onChange={(e) => setSummary(e.target.value)} />
        <TextArea id="amend-rationale" label={t('trace.amend.rationale')} error={errors.fields['amend-rationale']} value={rationale} onChange={(e) => setRationale(e.target.value)} />
        <TextArea id="amend-ysd" label={t('trace.amend.ysd')} error={errors.fields['amend-ysd']} value={ysd} onChange={(e) => setYsd(e.target.value)} />
        <Field id="amend-reason" label={t('trace.amend.reason')} hint={t('trace.amend.reasonHint')} error={errors.fields['amend-reason']} value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="button-group">
          <Button type="submit" busy={fetching} busyLabel={t('trace.amend.saving')}>
            {t('trace.amend.save')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('trace.amend.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function History({ decision }: { decision: DecisionDetail }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  if (!decision.history.length) return null;
  return (
    <section className="section" aria-labelledby="history-heading">
      <h2 className="heading-m" id="history-heading">{t('trace.amend.historyHeading')}</h2>
      <ol className="trace-history">
        {decision.history.map((v) => (
          <li key={v.at}>
            <p className="body">
              <strong>{t('trace.amend.amendedOn', { date: date(v.at), by: v.by })}</strong> {t('trace.amend.because', { reason: v.reason })}
            </p>
            <p className="body secondary-text">{t('trace.amend.before')}</p>
            <p className="body"><OutcomeTag outcome={v.outcome as Outcome} /> {v.summary}</p>
            <blockquote className="trace-quote">{v.youSaidWeDid}</blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function DecisionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const viewer = useViewer();
  const date = useDateFormat();
  const number = useNumberFormat();
  const [pages, setPages] = useState<Array<string | null>>([null]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DecisionQuery, variables: { id }, context });
  if (fetching && !data) return <Page title={t('trace.decision.loadingTitle')} wide><LoadingState /></Page>;
  if (error && !data) {
    return (
      <Page title={t('trace.decision.errorTitle')} backTo="/staff/decisions" wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  const decision = data?.decision;
  if (!decision) return <NotFoundPage homeHref="/staff/decisions" />;
  const decider = viewer.role === 'ADMIN' || viewer.role === 'COMMISSIONER';

  return (
    <Page title={decision.title} backTo="/staff/decisions" wide>
      <p className="body-l">
        <OutcomeTag outcome={decision.outcome as Outcome} /> {t('trace.decision.decidedOn', { date: date(decision.decidedAt), by: decision.decidedBy })}
      </p>
      {decision.amendedAt ? <p className="body secondary-text">{t('trace.amend.updatedOn', { date: date(decision.amendedAt) })}</p> : null}
      <p className="body">{decision.summary}</p>
      <h2 className="heading-m">{decision.outcome === 'NOT_ADOPTED' ? t('trace.decision.whyNot') : t('trace.decision.why')}</h2>
      <p className="body">{decision.rationale}</p>
      <h2 className="heading-m">{t('trace.decision.ysHeading')}</h2>
      <blockquote className="trace-quote">{decision.youSaidWeDid}</blockquote>
      <p className="body secondary-text">
        {decision.published ? t('trace.decision.published') : t('trace.decision.notPublished')}
        {decision.service ? <> {' · '}<Link to={`/said-we-did/${decision.service.id}`} className="link">{t('trace.decision.publicPage')}</Link></> : null}
      </p>

      {decider ? <AmendForm key={decision.amendedAt ?? 'original'} decision={decision} /> : null}
      <History decision={decision} />

      <h2 className="heading-m">{t('trace.decision.evidenceHeading', { count: decision.evidenceCount, shown: number(decision.evidenceCount) })}</h2>
      {decision.themes.length ? (
        <p className="body">
          {t('trace.common.themes')}:{' '}
          {decision.themes.map((th) => <Link key={th.id} to={`/staff/themes/${th.id}`} className="trace-tag trace-tag--theme">{th.label}</Link>)}
        </p>
      ) : null}
      {decision.proposals.length ? (
        <p className="body">
          {t('trace.decision.proposals')}:{' '}
          {decision.proposals.map((p, i) => (
            <span key={p.id}>{i ? ', ' : ''}<Link to={`/staff/proposals/${p.id}`} className="link">{p.title}</Link> ({t(`trace.proposalStatus.${p.status}`)})</span>
          ))}
        </p>
      ) : null}
      {pages.map((after, i) => (
        <Evidence key={after ?? 'first'} id={decision.id} after={after} isLast={i === pages.length - 1} onMore={(c) => setPages((p) => [...p, c])} />
      ))}

      <h2 className="heading-m">{t('trace.decision.changesHeading')}</h2>
      <Changes decision={decision} decider={decider} />
    </Page>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field, TextArea } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { useViewer } from '../../access/viewer';
import { StatusTag } from './StatusTag';
import {
  CloseVotingMutation,
  HideCommentMutation,
  MarkImplementedMutation,
  OpenVotingMutation,
  StaffCommentMutation,
  StaffProposalQuery,
  WithdrawProposalMutation,
  formatDateTime,
  newSubmissionId,
  proposalContext,
  type StaffProposal,
} from './proposalQueries';

/** The value for a datetime-local input, in the browser's time zone. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Next Friday at 5pm (a week on if today is Friday). */
function nextFridayFivePm(): Date {
  const at = new Date();
  at.setDate(at.getDate() + (((5 - at.getDay() + 7) % 7) || 7));
  at.setHours(17, 0, 0, 0);
  return at;
}

function OpenVotingForm({ proposal }: { proposal: StaffProposal }) {
  const { t } = useTranslation();
  const [closesAt, setClosesAt] = useState(() => localInputValue(nextFridayFivePm()));
  const [{ fetching }, openVoting] = useMutation(OpenVotingMutation);
  const errors = useFormErrors<'closes-at'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const at = new Date(closesAt);
    if (!closesAt || Number.isNaN(at.getTime())) return errors.fail({ 'closes-at': t('staffProposals.open.errors.missing') });
    if (at.getTime() <= Date.now()) return errors.fail({ 'closes-at': t('staffProposals.open.errors.past') });
    const result = await openVoting({ proposalId: proposal.id, closesAt: at.toISOString() }, proposalContext);
    if (result.data?.openVoting) return errors.clear();
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const field = result.error?.graphQLErrors[0]?.extensions?.field;
      return field === 'proposalId' ? errors.fail({}, t('staffProposals.open.errors.noForum')) : errors.fail({ 'closes-at': t('staffProposals.open.errors.invalid') });
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <Field
        id="closes-at"
        type="datetime-local"
        label={t('staffProposals.open.closesLabel')}
        hint={t('staffProposals.open.closesHint')}
        error={errors.fields['closes-at']}
        value={closesAt}
        onChange={(e) => setClosesAt(e.target.value)}
      />
      <Button type="submit" busy={fetching} busyLabel={t('staffProposals.open.opening')}>
        {t('staffProposals.open.submit')}
      </Button>
    </form>
  );
}

function Actions({ proposal }: { proposal: StaffProposal }) {
  const { t } = useTranslation();
  const [{ fetching: closing, error: closeError }, closeVoting] = useMutation(CloseVotingMutation);
  const [{ fetching: withdrawing, error: withdrawError }, withdraw] = useMutation(WithdrawProposalMutation);
  const [{ fetching: marking, error: markError }, markImplemented] = useMutation(MarkImplementedMutation);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const error = closeError ?? withdrawError ?? markError;
  const s = proposal.status;
  const canWithdraw = s === 'DRAFT' || s === 'OPEN_FOR_VOTING' || s === 'VOTING_CLOSED';

  return (
    <section className="section" aria-labelledby="actions-heading">
      <h2 className="heading-m" id="actions-heading">
        {t('staffProposals.actions.heading')}
      </h2>
      {error ? <ErrorState error={error} /> : null}
      {s === 'DRAFT' ? <OpenVotingForm proposal={proposal} /> : null}
      {s === 'OPEN_FOR_VOTING' ? (
        <Button busy={closing} busyLabel={t('staffProposals.actions.closing')} onClick={() => void closeVoting({ proposalId: proposal.id }, proposalContext)}>
          {t('staffProposals.actions.close')}
        </Button>
      ) : null}
      {s === 'ACCEPTED' || s === 'ACCEPTED_WITH_CHANGES' ? (
        <Button busy={marking} onClick={() => void markImplemented({ proposalId: proposal.id }, proposalContext)}>
          {t('staffProposals.actions.implemented')}
        </Button>
      ) : null}
      {s === 'VOTING_CLOSED' ? <p className="body">{t('staffProposals.actions.decideHint')}</p> : null}
      {canWithdraw ? (
        confirmWithdraw ? (
          <div className="button-row">
            <span>{t('staffProposals.actions.withdrawConfirm')}</span>
            <Button variant="warning" busy={withdrawing} onClick={() => void withdraw({ proposalId: proposal.id }, proposalContext)}>
              {t('staffProposals.actions.withdrawYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmWithdraw(false)}>
              {t('staffProposals.actions.withdrawNo')}
            </Button>
          </div>
        ) : (
          <p className="body">
            <Button variant="secondary" onClick={() => setConfirmWithdraw(true)}>
              {t('staffProposals.actions.withdraw')}
            </Button>
          </p>
        )
      ) : null}
    </section>
  );
}

function Voting({ proposal }: { proposal: StaffProposal }) {
  const { t, language } = useTranslation();
  const tally = proposal.tally;
  if (proposal.status === 'DRAFT') return null;
  return (
    <section className="section" aria-labelledby="voting-heading">
      <h2 className="heading-m" id="voting-heading">
        {t('staffProposals.voting.heading')}
      </h2>
      {proposal.status === 'OPEN_FOR_VOTING' ? (
        <>
          <p className="body">{t('staffProposals.voting.closes', { when: formatDateTime(proposal.votingClosesAt, language) ?? '' })}</p>
          <p className="body-l">{t('staffProposals.voting.turnoutSoFar', { count: proposal.votesCast, members: proposal.forum?.members.length ?? 0 })}</p>
          <p className="body secondary-text">{t('staffProposals.voting.hidden')}</p>
        </>
      ) : tally ? (
        <>
          <p className="body">{t('staffProposals.voting.closed', { when: formatDateTime(proposal.votingClosedAt, language) ?? '' })}</p>
          <dl className="proposal-facts">
            <dt>{t('staffProposals.voting.for')}</dt>
            <dd>{tally.for}</dd>
            <dt>{t('staffProposals.voting.against')}</dt>
            <dd>{tally.against}</dd>
            <dt>{t('staffProposals.voting.abstain')}</dt>
            <dd>{tally.abstain}</dd>
            <dt>{t('staffProposals.voting.turnout')}</dt>
            <dd>{t('staffProposals.voting.turnoutOf', { turnout: tally.turnout, eligible: tally.eligible })}</dd>
            <dt>{t('staffProposals.voting.quorum')}</dt>
            <dd>
              {proposal.quorum === null
                ? t('staffProposals.voting.noQuorum')
                : tally.quorumMet
                  ? t('staffProposals.voting.quorumMet', { quorum: proposal.quorum })
                  : t('staffProposals.voting.quorumNotMet', { quorum: proposal.quorum })}
            </dd>
          </dl>
        </>
      ) : (
        <p className="body">{t('staffProposals.voting.noResult')}</p>
      )}
    </section>
  );
}

function HideForm({ commentId, onDone }: { commentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [{ fetching }, hide] = useMutation(HideCommentMutation);
  const errors = useFormErrors<`hide-reason-${string}`>();
  const fieldId = `hide-reason-${commentId}` as const;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return errors.fail({ [fieldId]: t('staffProposals.comments.errors.reasonMissing') });
    const result = await hide({ commentId, reason: reason.trim() }, proposalContext);
    if (result.data?.hideComment) return onDone();
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <Field id={fieldId} label={t('staffProposals.comments.reasonLabel')} error={errors.fields[fieldId]} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <Button type="submit" variant="warning" busy={fetching}>
          {t('staffProposals.comments.hideSubmit')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('staffProposals.comments.cancel')}
        </Button>
      </div>
    </form>
  );
}

function Comments({ proposal, canModerate, canAnswer }: { proposal: StaffProposal; canModerate: boolean; canAnswer: boolean }) {
  const { t, language } = useTranslation();
  const [hiding, setHiding] = useState<string | null>(null);
  const [answer, setAnswer] = useState('');
  const submissionId = useRef(newSubmissionId());
  const [{ fetching }, comment] = useMutation(StaffCommentMutation);
  const errors = useFormErrors<'answer-text'>();

  async function onAnswer(event: FormEvent) {
    event.preventDefault();
    if (!answer.trim()) return errors.fail({ 'answer-text': t('staffProposals.comments.errors.answerMissing') });
    const result = await comment({ proposalId: proposal.id, text: answer.trim(), clientSubmissionId: submissionId.current }, proposalContext);
    if (result.data?.commentOnProposal) {
      errors.clear();
      setAnswer('');
      submissionId.current = newSubmissionId();
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') return errors.fail({ 'answer-text': t('staffProposals.comments.errors.answerInvalid') });
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="comments-heading">
      <h2 className="heading-m" id="comments-heading">
        {t('staffProposals.comments.heading', { count: proposal.comments.length })}
      </h2>
      {proposal.comments.length === 0 ? (
        <EmptyState message={t('staffProposals.comments.empty')} />
      ) : (
        <ul className="comment-list">
          {proposal.comments.map((c) => (
            <li key={c.id} className={['comment', c.fromStaff ? 'comment--staff' : '', c.hidden ? 'comment--hidden' : ''].filter(Boolean).join(' ')}>
              <p className="comment__who">
                <strong>{c.author}</strong>
                {c.fromStaff ? ` (${t('staffProposals.comments.staff')})` : ''}
                <span className="secondary-text"> · {formatDateTime(c.createdAt, language)}</span>
              </p>
              <p className="body comment__text">{c.withheld ? <em>{t('staffProposals.comments.withheld')}</em> : c.text}</p>
              {c.hidden ? <p className="body secondary-text">{t('staffProposals.comments.hiddenBecause', { reason: c.hiddenReason ?? '' })}</p> : null}
              {canModerate && !c.hidden ? (
                hiding === c.id ? (
                  <HideForm commentId={c.id} onDone={() => setHiding(null)} />
                ) : (
                  <Button variant="secondary" onClick={() => setHiding(c.id)}>
                    {t('staffProposals.comments.hide')}
                  </Button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canAnswer && proposal.status !== 'WITHDRAWN' ? (
        <form onSubmit={onAnswer} noValidate className="form">
          <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
          <TextArea
            id="answer-text"
            label={t('staffProposals.comments.answerLabel')}
            hint={t('staffProposals.comments.answerHint')}
            rows={3}
            error={errors.fields['answer-text']}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
          />
          <Button type="submit" busy={fetching} busyLabel={t('staffProposals.comments.sending')}>
            {t('staffProposals.comments.answerSubmit')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

/** /staff/proposals/:id — the proposal, its lifecycle actions, turnout or result, and deliberation. */
export function ProposalPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { id = '' } = useParams<'id'>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StaffProposalQuery, variables: { id }, context: proposalContext });
  const proposal = data?.proposal;
  const consultation = viewer.role !== 'SAFEGUARDING_LEAD';

  if (fetching && !data) {
    return (
      <Page title={t('staffProposals.detail.loadingTitle')} backTo="/staff/proposals" wide>
        <LoadingState />
      </Page>
    );
  }
  if (error && !data) {
    return (
      <Page title={t('staffProposals.detail.errorTitle')} backTo="/staff/proposals" wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  if (!proposal) {
    return (
      <Page title={t('staffProposals.detail.notFoundTitle')} backTo="/staff/proposals" wide>
        <EmptyState message={t('staffProposals.detail.notFound')} />
      </Page>
    );
  }

  return (
    <Page title={proposal.title} backTo="/staff/proposals" wide>
      <p className="body">
        <StatusTag status={proposal.status} />
      </p>
      <dl className="proposal-facts">
        <dt>{t('staffProposals.detail.childSummary')}</dt>
        <dd>{proposal.childSummary}</dd>
        <dt>{t('staffProposals.detail.problem')}</dt>
        <dd>{proposal.problem}</dd>
        <dt>{t('staffProposals.detail.change')}</dt>
        <dd>{proposal.proposedChange}</dd>
        <dt>{t('staffProposals.detail.forum')}</dt>
        <dd>{proposal.forum?.name ?? t('staffProposals.list.noForum')}</dd>
        <dt>{t('staffProposals.detail.service')}</dt>
        <dd>{proposal.service?.name ?? t('staffProposals.detail.noService')}</dd>
        <dt>{t('staffProposals.detail.origin')}</dt>
        <dd>{proposal.origin.length ? proposal.origin.map((th) => th.label).join(', ') : t('staffProposals.detail.noOrigin')}</dd>
        {proposal.decision ? (
          <>
            <dt>{t('staffProposals.detail.decision')}</dt>
            <dd>
              {proposal.decision.title} — {proposal.decision.youSaidWeDid}
            </dd>
          </>
        ) : null}
      </dl>
      {consultation ? <Actions proposal={proposal} /> : null}
      <Voting proposal={proposal} />
      <Comments proposal={proposal} canModerate canAnswer={consultation} />
    </Page>
  );
}

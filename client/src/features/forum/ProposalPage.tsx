import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useParams } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingState } from '../../components/LoadingState';
import { TextArea } from '../../components/Field';
import { errorCode, errorMessage } from '../../components/errors';
import { useFormErrors } from '../../components/useFormErrors';
import { ReadAloud } from './ReadAloud';
import {
  CastVoteMutation,
  ForumCommentMutation,
  ForumProposalQuery,
  formatWhen,
  newSubmissionId,
  proposalContext,
  type ForumProposal,
  type Support,
  type VoteChoice,
} from './forumQueries';
import './forum.css';

const CHOICES: readonly VoteChoice[] = ['FOR', 'AGAINST', 'ABSTAIN'];
const ICONS: Record<VoteChoice, string> = { FOR: '👍', AGAINST: '👎', ABSTAIN: '🤷' };

/** Who they can talk to now, shown at once when what a young person wrote may need help. */
function SupportBox({ support }: { support: Support }) {
  const { t } = useTranslation();
  return (
    <div className="support-box" role="status">
      <p className="body">{support.message}</p>
      <ul className="list">
        {support.contacts.map((c) => (
          <li key={c.name}>
            {c.name}
            {c.phone ? (
              <>
                {' '}
                <a className="link" href={`tel:${c.phone.replace(/\s/g, '')}`}>
                  {c.phone}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="body secondary-text">{t('forum.support.note')}</p>
    </div>
  );
}

function VoteSection({ proposal }: { proposal: ForumProposal }) {
  const { t, language } = useTranslation();
  const [reason, setReason] = useState('');
  const [support, setSupport] = useState<Support | null>(null);
  const [{ fetching }, castVote] = useMutation(CastVoteMutation);
  const errors = useFormErrors<'vote-reason'>();
  const [pending, setPending] = useState<VoteChoice | null>(null);

  async function vote(choice: VoteChoice) {
    setPending(choice);
    const result = await castVote({ proposalId: proposal.id, choice, reason: reason.trim() || null }, proposalContext);
    setPending(null);
    if (result.data?.castVote) {
      errors.clear();
      setReason('');
      setSupport(result.data.castVote.support ?? null);
      return;
    }
    switch (errorCode(result.error)) {
      case 'BAD_USER_INPUT':
        return errors.fail({ 'vote-reason': t('forum.vote.errors.reasonTooLong') });
      case 'CONFLICT':
        return errors.fail({}, t('forum.vote.errors.closed'));
      default:
        return errors.fail({}, errorMessage(t, result.error));
    }
  }

  const until = proposal.votingClosesAt ? formatWhen(proposal.votingClosesAt, language) : '';
  return (
    <section className="section" aria-labelledby="vote-heading">
      <h2 className="heading-m" id="vote-heading">
        {t('forum.vote.heading')}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="notice" role="status" aria-live="polite">
        {proposal.myVote ? t('forum.vote.youVoted', { choice: t(`forum.choice.${proposal.myVote}`), when: until }) : null}
      </p>
      {support ? <SupportBox support={support} /> : null}
      {!proposal.myVote ? <p className="body">{t('forum.vote.howTo', { when: until })}</p> : null}
      <TextArea
        id="vote-reason"
        label={t('forum.vote.reasonLabel')}
        hint={t('forum.vote.reasonHint')}
        optional
        rows={3}
        value={reason}
        error={errors.fields['vote-reason']}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="vote-buttons" role="group" aria-label={t('forum.vote.groupLabel')}>
        {CHOICES.map((choice) => (
          <Button
            key={choice}
            large
            variant={proposal.myVote === choice ? 'primary' : 'secondary'}
            className={`vote-button vote-button--${choice.toLowerCase()}`}
            aria-pressed={proposal.myVote === choice}
            busy={fetching}
            busyLabel={pending === choice ? t('forum.vote.sending') : undefined}
            onClick={() => void vote(choice)}
          >
            <span aria-hidden="true">{ICONS[choice]} </span>
            {t(`forum.choice.${choice}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}

function ResultSection({ proposal }: { proposal: ForumProposal }) {
  const { t } = useTranslation();
  const tally = proposal.tally;
  return (
    <section className="section" aria-labelledby="result-heading">
      <h2 className="heading-m" id="result-heading">
        {t('forum.result.heading')}
      </h2>
      {proposal.myVote ? <p className="body">{t('forum.result.yourVote', { choice: t(`forum.choice.${proposal.myVote}`) })}</p> : null}
      {tally ? (
        <>
          <dl className="result-list">
            {CHOICES.map((choice) => (
              <div key={choice} className="result-list__row">
                <dt>
                  <span aria-hidden="true">{ICONS[choice]} </span>
                  {t(`forum.choice.${choice}`)}
                </dt>
                <dd>{tally[choice === 'FOR' ? 'for' : choice === 'AGAINST' ? 'against' : 'abstain']}</dd>
              </div>
            ))}
          </dl>
          <p className="body">{t('forum.result.turnout', { turnout: tally.turnout, eligible: tally.eligible })}</p>
          {!tally.quorumMet ? <p className="body">{t('forum.result.noQuorum')}</p> : null}
        </>
      ) : (
        <p className="body">{t(`forum.status.${proposal.status}`)}</p>
      )}
      {proposal.decision ? (
        <div className="inset-text">
          <h3 className="heading-s">{t('forum.result.decisionHeading')}</h3>
          <p className="body">{proposal.decision.youSaidWeDid}</p>
        </div>
      ) : proposal.status === 'VOTING_CLOSED' ? (
        <p className="body">{t('forum.result.whatNext')}</p>
      ) : null}
    </section>
  );
}

function Comments({ proposal }: { proposal: ForumProposal }) {
  const { t, language } = useTranslation();
  const [text, setText] = useState('');
  const submissionId = useRef(newSubmissionId());
  const [support, setSupport] = useState<Support | null>(null);
  const [sent, setSent] = useState(false);
  const [{ fetching }, comment] = useMutation(ForumCommentMutation);
  const errors = useFormErrors<'comment-text'>();
  const canComment = proposal.status !== 'WITHDRAWN';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    if (!text.trim()) return errors.fail({ 'comment-text': t('forum.comments.errors.empty') });
    const result = await comment({ proposalId: proposal.id, text: text.trim(), clientSubmissionId: submissionId.current }, proposalContext);
    const stored = result.data?.commentOnProposal;
    if (stored) {
      errors.clear();
      setText('');
      setSent(true);
      setSupport(stored.support ?? null);
      submissionId.current = newSubmissionId();
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') return errors.fail({ 'comment-text': t('forum.comments.errors.tooLong') });
    return errors.fail({}, errorMessage(t, result.error));
  }

  const who = (c: ForumProposal['comments'][number]) => (c.mine ? t('forum.comments.you') : c.fromStaff ? t('forum.comments.staff', { name: c.author }) : t('forum.comments.member'));

  return (
    <section className="section" aria-labelledby="comments-heading">
      <h2 className="heading-m" id="comments-heading">
        {t('forum.comments.heading')}
      </h2>
      {proposal.comments.length === 0 ? (
        <EmptyState message={t('forum.comments.empty')} />
      ) : (
        <ul className="comment-list">
          {proposal.comments.map((c) => (
            <li key={c.id} className={c.fromStaff ? 'comment comment--staff' : 'comment'}>
              <p className="comment__who">
                <strong>{who(c)}</strong>
                <span className="secondary-text"> · {new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(c.createdAt))}</span>
              </p>
              <p className="body comment__text">
                {c.hidden ? <em>{t('forum.comments.hidden')}</em> : c.withheld ? <em>{t('forum.comments.checking')}</em> : c.text}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canComment ? (
        <form onSubmit={onSubmit} noValidate className="form">
          <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
          <p className="notice" role="status" aria-live="polite">
            {sent ? t('forum.comments.sent') : null}
          </p>
          {support ? <SupportBox support={support} /> : null}
          <TextArea
            id="comment-text"
            label={t('forum.comments.label')}
            hint={t('forum.comments.hint')}
            rows={3}
            value={text}
            error={errors.fields['comment-text']}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit" large busy={fetching} busyLabel={t('forum.comments.sending')}>
            {t('forum.comments.submit')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

/** /forum/proposals/:id — the child-friendly summary first, read aloud, vote, comments, result. */
export function ProposalPage() {
  const { t, language } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ForumProposalQuery, variables: { id }, context: proposalContext });
  const proposal = data?.proposal;

  if (fetching && !data) {
    return (
      <Page title={t('forum.proposal.loadingTitle')} backTo="/forum">
        <LoadingState label={t('forum.proposal.loading')} />
      </Page>
    );
  }
  if (error && !data) {
    return (
      <Page title={t('forum.proposal.errorTitle')} backTo="/forum">
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  if (!proposal) {
    return (
      <Page title={t('forum.proposal.notFoundTitle')} backTo="/forum">
        <EmptyState message={t('forum.proposal.notFound')} />
      </Page>
    );
  }

  const open = proposal.status === 'OPEN_FOR_VOTING';
  return (
    <Page title={proposal.title} backTo="/forum">
      <div className="child-summary">
        <h2 className="heading-s child-summary__label">{t('forum.proposal.inShort')}</h2>
        <p className="body-l child-summary__text">{proposal.childSummary}</p>
        <ReadAloud text={`${proposal.title}. ${proposal.childSummary}`} />
      </div>
      <p className="body">
        {open && proposal.votingClosesAt
          ? t('forum.proposal.closes', { when: formatWhen(proposal.votingClosesAt, language) })
          : t(`forum.status.${proposal.status}`)}
      </p>
      <details className="more-details">
        <summary className="more-details__summary">{t('forum.proposal.more')}</summary>
        <h3 className="heading-s">{t('forum.proposal.problem')}</h3>
        <p className="body">{proposal.problem}</p>
        <h3 className="heading-s">{t('forum.proposal.change')}</h3>
        <p className="body">{proposal.proposedChange}</p>
      </details>
      {open ? <VoteSection proposal={proposal} /> : <ResultSection proposal={proposal} />}
      <Comments proposal={proposal} />
    </Page>
  );
}

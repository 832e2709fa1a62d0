import { useEffect, useRef, useState } from 'react';
import { useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { ButtonLink } from '../../../components/Button';
import { errorCode } from '../../../components/errors';
import { useViewer } from '../../access/viewer';
import { SCREENING, ruleCategory, useConcern, type Concern } from './concerns';
import { ConcernActions, type ConcernAction } from './ConcernActions';
import { OverdueTag, SeverityTag, StatusTag, WarningText } from './ConcernTags';
import { useDateTimeFormat } from './dates';

const QUEUE = '/staff/safeguarding';

function Words({ concern, isLead }: { concern: Concern; isLead: boolean }) {
  const { t } = useTranslation();
  const { input } = concern;
  return (
    <section aria-labelledby="concern-words-heading">
      <h2 className="heading-m" id="concern-words-heading">
        {t('safeguarding.concern.wordsHeading')}
      </h2>
      {input.text !== null && input.text !== undefined ? (
        // dir="auto": a child may have written in Urdu or another right-to-left script.
        <blockquote className="concern-words" dir="auto">
          {input.text}
        </blockquote>
      ) : (
        <p className="inset-text body">{isLead ? t('safeguarding.concern.wordsMissing') : t('safeguarding.concern.wordsLeadsOnly')}</p>
      )}
      <p className="body secondary-text">
        {input.withheld ? t('safeguarding.concern.withheldNote') : t('safeguarding.concern.releasedNote')}
      </p>
    </section>
  );
}

function Details({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const { input } = concern;
  return (
    <section aria-labelledby="concern-details-heading">
      <h2 className="heading-m" id="concern-details-heading">
        {t('safeguarding.concern.detailsHeading')}
      </h2>
      <dl className="meta-list">
        <dt>{t('safeguarding.fields.ageBand')}</dt>
        <dd>{input.ageBand ? t(`ageBand.${input.ageBand}`) : t('safeguarding.ageUnknown')}</dd>
        <dt>{t('safeguarding.fields.where')}</dt>
        <dd>
          <bdi>{input.sourceTitle}</bdi>
        </dd>
        <dt>{t('safeguarding.fields.kind')}</dt>
        <dd>{t(`allVoices.kind.${input.kind}`)}</dd>
        <dt>{t('safeguarding.fields.capture')}</dt>
        <dd>{t(`allVoices.capture.${input.capture}`)}</dd>
        <dt>{t('safeguarding.fields.saidAt')}</dt>
        <dd>
          <time dateTime={input.createdAt}>{formatDateTime(input.createdAt)}</time>
        </dd>
        <dt>{t('safeguarding.fields.raisedBy')}</dt>
        <dd>{concern.raisedBy === SCREENING ? t('safeguarding.raisedByScreening') : concern.raisedBy}</dd>
        <dt>{t('safeguarding.fields.raisedAt')}</dt>
        <dd>
          <time dateTime={concern.raisedAt}>{formatDateTime(concern.raisedAt)}</time>
        </dd>
        <dt>{t('safeguarding.fields.dueBy')}</dt>
        <dd>
          <time dateTime={concern.dueBy}>{formatDateTime(concern.dueBy)}</time>
        </dd>
        <dt>{t('safeguarding.fields.reference')}</dt>
        <dd>{concern.referralReference ? <bdi>{concern.referralReference}</bdi> : t('safeguarding.concern.noReference')}</dd>
        <dt>{t('safeguarding.fields.rules')}</dt>
        <dd>
          {concern.matchedRules.length === 0 ? (
            t('safeguarding.concern.noRules')
          ) : (
            <ul className="list">
              {concern.matchedRules.map((rule) => {
                const category = ruleCategory(rule);
                return (
                  <li key={rule}>
                    {category ? `${t(`safeguarding.rules.${category}`)} ` : null}
                    <span className="rule-id" dir="ltr">
                      ({rule})
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

function History({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <section className="section" aria-labelledby="concern-history-heading">
      <h2 className="heading-m" id="concern-history-heading">
        {t('safeguarding.concern.historyHeading')}
      </h2>
      {concern.notes.length === 0 ? (
        <EmptyState message={t('safeguarding.concern.noNotes')} />
      ) : (
        <ol className="timeline">
          {concern.notes.map((note, i) => (
            <li className="timeline__item" key={`${note.at}-${i}`}>
              <p className="timeline__meta">
                <time dateTime={note.at}>{formatDateTime(note.at)}</time> · {note.author}
              </p>
              <p className="timeline__text" dir="auto">
                {note.text}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function confirmationKey(action: ConcernAction, released: boolean) {
  if (action === 'acknowledge') return 'safeguarding.confirm.acknowledged' as const;
  if (action === 'refer') return 'safeguarding.confirm.referred' as const;
  return released ? ('safeguarding.confirm.closedReleased' as const) : ('safeguarding.confirm.closed' as const);
}

/**
 * One concern, for the lead who acts on it: the child's words, shown plainly, where and when they
 * were said, why it was raised, its full history, and acknowledge / refer / close. An administrator
 * sees the same page without the words and without the actions.
 */
export function ConcernPage() {
  const { id = '' } = useParams<'id'>();
  // Keyed by id: another concern's page starts with no confirmation and no open form.
  return <ConcernView key={id} id={id} />;
}

function ConcernView({ id }: { id: string }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isLead = viewer.role === 'SAFEGUARDING_LEAD';
  const [{ data, fetching, error }, reexecute] = useConcern(id);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  const formatDateTime = useDateTimeFormat();
  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  useEffect(() => {
    // The form that was just sent has gone: move focus to what happened, so it is read out.
    if (confirmation) notice.current?.focus();
  }, [confirmation]);

  const title = t('safeguarding.concern.title');
  const concern = data?.safeguardingConcern;

  if (!concern) {
    let body;
    if (fetching || (!error && !data)) body = <LoadingState label={t('safeguarding.concern.loading')} />;
    else if (errorCode(error) === 'NOT_FOUND') {
      body = (
        <EmptyState message={t('safeguarding.concern.notFound')}>
          <ButtonLink to={QUEUE} variant="secondary">
            {t('safeguarding.concern.backToQueue')}
          </ButtonLink>
        </EmptyState>
      );
    } else body = <ErrorState error={error} onRetry={refetch} />;
    return (
      <Page title={title} backTo={QUEUE} wide>
        {body}
      </Page>
    );
  }

  return (
    <Page title={title} backTo={QUEUE} wide>
      <p className="notice" role="status" aria-live="polite" tabIndex={-1} ref={notice}>
        {confirmation}
      </p>
      {error ? <ErrorState error={error} onRetry={refetch} /> : null}
      <p className="tag-row">
        {concern.overdue ? <OverdueTag /> : null}
        <StatusTag status={concern.status} />
        <SeverityTag severity={concern.severity} />
      </p>
      {concern.overdue ? (
        <WarningText className="warning-text--overdue">
          {t('safeguarding.concern.overdueWarning', { time: formatDateTime(concern.dueBy) })}
        </WarningText>
      ) : null}
      <Words concern={concern} isLead={isLead} />
      <Details concern={concern} />
      {concern.status === 'CLOSED' ? (
        <p className="body section">{t('safeguarding.concern.closed')}</p>
      ) : isLead ? (
        <ConcernActions
          concernId={concern.id}
          status={concern.status}
          onStale={refetch}
          onDone={(action, released) => {
            setConfirmation(t(confirmationKey(action, Boolean(released))));
            refetch();
          }}
        />
      ) : (
        <p className="inset-text body">{t('safeguarding.concern.oversightOnly')}</p>
      )}
      <History concern={concern} />
    </Page>
  );
}

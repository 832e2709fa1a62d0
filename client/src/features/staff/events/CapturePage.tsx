import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field, TextArea } from '../../../components/Field';
import { Radios } from '../../../components/Radios';
import { LoadingState } from '../../../components/LoadingState';
import { errorCode } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { enqueue, outbox, useOutbox, type OutboxItem } from '../../../components/outbox';
import {
  AGE_BANDS,
  CaptureEventQuery,
  CONTRIBUTION_KIND,
  EVENT_CAPTURES,
  LIMITS,
  RecordContributionMutation,
  type AgeBand,
  type ContributionInput,
  type EventCapture,
} from './eventQueries';

type Fields = 'contribution-text' | 'contribution-capture' | 'contribution-speaker';

const eventOf = (item: OutboxItem) => (item.variables.input as ContributionInput | undefined)?.eventId;
const excerptOf = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * The fast, phone-first screen for recording what was said during a session. Each contribution
 * goes into the device's outbox with its own clientSubmissionId, so it is kept on the device while
 * the connection is down, sent when it is back, and stored exactly once however often it is sent.
 */
export function CapturePage() {
  const { t } = useTranslation();
  const { id: eventId = '' } = useParams<'id'>();
  const [{ data, fetching, error }] = useQuery({ query: CaptureEventQuery, variables: { id: eventId } });
  const { pending, failed, results, online, sending } = useOutbox(CONTRIBUTION_KIND);

  const [text, setText] = useState('');
  const [capture, setCapture] = useState<EventCapture | undefined>();
  const [ageBand, setAgeBand] = useState<AgeBand | undefined>();
  const [speakerLabel, setSpeakerLabel] = useState('');
  const [consent, setConsent] = useState(false);
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  // Words saved in this page session, by submission id, to say which one failed (the outbox keeps none once failed).
  const excerpts = useRef(new Map<string, string>());
  const errors = useFormErrors<Fields>();

  const event = data?.event;
  const waiting = pending.filter((item) => eventOf(item) === eventId);
  const withheldHere = Object.entries(results).some(
    ([id, result]) => excerpts.current.has(id) && (result.recordContribution as { withheld?: boolean } | undefined)?.withheld,
  );

  if (fetching && !data) {
    return (
      <Page title={t('events.record.title')} backTo={`/staff/events/${eventId}`}>
        <LoadingState label={t('events.page.loading')} />
      </Page>
    );
  }
  // Not found is final; a lost connection is not: recording carries on and is sent later.
  if (!event && errorCode(error) !== 'NETWORK') {
    return (
      <Page title={t('events.record.title')} backTo="/staff/events">
        <p className="body">{t('events.page.notFound')}</p>
      </Page>
    );
  }
  if (event?.status === 'CLOSED') {
    return (
      <Page title={event.title} backTo={`/staff/events/${eventId}`}>
        <p className="body">{t('events.record.closed')}</p>
      </Page>
    );
  }

  function onSave(e: FormEvent) {
    e.preventDefault();
    const words = text.trim();
    const label = speakerLabel.trim();
    const bad: Partial<Record<Fields, string>> = {};
    if (!words) bad['contribution-text'] = t('events.record.errors.textMissing');
    else if (words.length > LIMITS.text) bad['contribution-text'] = t('events.record.errors.textTooLong');
    if (!capture) bad['contribution-capture'] = t('events.record.errors.captureMissing');
    if (label.length > LIMITS.speakerLabel) bad['contribution-speaker'] = t('events.record.errors.speakerTooLong');
    if (Object.keys(bad).length || !capture) return errors.fail(bad);

    const id = crypto.randomUUID();
    const input: ContributionInput = {
      eventId,
      clientSubmissionId: id,
      text: words,
      capture,
      ageBand: ageBand ?? null,
      speakerLabel: label || null,
      consentToQuote: consent,
    };
    excerpts.current.set(id, excerptOf(words));
    enqueue({ id, kind: CONTRIBUTION_KIND, query: RecordContributionMutation, variables: { input } });
    errors.clear();
    setLastSaved(id);
    // How it is captured and the age band usually carry on through a session; who said it and
    // their consent are asked afresh every time.
    setText('');
    setSpeakerLabel('');
    setConsent(false);
    document.getElementById('contribution-text')?.focus();
  }

  const lastState = lastSaved ? (results[lastSaved] ? 'sent' : waiting.some((i) => i.id === lastSaved) ? 'waiting' : null) : null;

  return (
    <Page title={t('events.record.title')} backTo={`/staff/events/${eventId}`}>
      <div className="capture">
        {event ? <p className="body-l capture__event">{event.title}</p> : null}

        <div role="status" aria-live="polite" className="capture__status">
          {!online ? <p className="capture__offline">{t('events.record.offline')}</p> : null}
          {lastState === 'sent' ? <p className="notice">{t('events.record.savedOnline')}</p> : null}
          {lastState === 'waiting' ? <p className="notice notice--waiting">{!online ? t('events.record.savedOffline') : sending ? t('events.record.sending') : t('events.record.savedRetry')}</p> : null}
          {waiting.length ? <p className="body">{t('events.record.waiting', { count: waiting.length })}</p> : null}
          {withheldHere ? <p className="capture__warning">{t('events.record.sentWithheld')}</p> : null}
        </div>

        {failed.length ? (
          <ul className="capture__failed">
            {failed.map((f) => (
              <li key={f.id}>
                <p className="body">
                  {t('events.record.failed', {
                    excerpt: excerpts.current.get(f.id) ?? t('events.record.failedExcerptUnknown'),
                    reason: f.code === 'CONFLICT' && f.field === 'eventId' ? t('events.record.failedClosed') : t('events.record.failedOther'),
                  })}
                </p>
                <Button variant="secondary" onClick={() => outbox().dismiss(f.id)}>
                  {t('events.record.dismiss')}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}

        {event?.questions.length ? (
          <details className="capture__questions">
            <summary>{t('events.record.questionsHeading')}</summary>
            <ol className="list">
              {event.questions.map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ol>
          </details>
        ) : null}

        <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
        <form onSubmit={onSave} noValidate className="form">
          <TextArea
            id="contribution-text"
            label={t('events.record.textLabel')}
            hint={t('events.record.textHint')}
            error={errors.fields['contribution-text']}
            rows={6}
            className="textarea--large"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Radios
            name="contribution-capture"
            legend={t('events.record.captureLegend')}
            error={errors.fields['contribution-capture']}
            options={EVENT_CAPTURES.map((c) => ({ value: c, label: t(`events.capture.${c}`), hint: t(`events.captureHint.${c}`) }))}
            value={capture}
            onChange={setCapture}
            large
          />
          <Radios
            name="contribution-age-band"
            legend={t('events.record.ageBandLegend')}
            options={AGE_BANDS.map((band) => ({ value: band, label: t(`events.ageBand.${band}`) }))}
            value={ageBand}
            onChange={setAgeBand}
          />
          <Field
            id="contribution-speaker"
            label={t('events.record.speakerLabel')}
            hint={t('events.record.speakerHint')}
            error={errors.fields['contribution-speaker']}
            optional
            autoComplete="off"
            value={speakerLabel}
            onChange={(e) => setSpeakerLabel(e.target.value)}
          />
          <Checkbox id="contribution-consent" label={t('events.record.consentLabel')} hint={t('events.record.consentHint')} checked={consent} onChange={setConsent} large />
          <Button type="submit" large className="capture__save">
            {t('events.record.save')}
          </Button>
        </form>
      </div>
    </Page>
  );
}

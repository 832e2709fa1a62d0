import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql';
import { useTranslation, type LanguageCode } from '../../i18n/i18n';
import { useLocation } from '../../components/router';
import { Page } from '../../components/Page';
import { Button, ButtonLink } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { LoadingState } from '../../components/LoadingState';
import { errorCode, errorMessage } from '../../components/errors';
import { useFormErrors } from '../../components/useFormErrors';
import './receipt.css';

const ReceiptQuery = graphql(`
  query Receipt($code: String!, $language: String) {
    receipt(code: $code, language: $language) {
      submittedAt
      sourceTitle
      themes
      emailUpdates
      outcomes {
        title
        outcome
        decidedAt
        amendedAt
        youSaidWeDid
        rationale
        changes {
          title
          status
        }
      }
    }
  }
`);

const FollowMutation = graphql(`
  mutation FollowReceipt($code: String!, $email: String!) {
    followReceipt(code: $code, email: $email)
  }
`);

const UnfollowMutation = graphql(`
  mutation UnfollowReceipt($code: String!) {
    unfollowReceipt(code: $code)
  }
`);

const EraseMutation = graphql(`
  mutation EraseMyWords($code: String!) {
    eraseMyWords(code: $code)
  }
`);

type Receipt = NonNullable<ResultOf<typeof ReceiptQuery>['receipt']>;
const LOCALES: Record<LanguageCode, string> = { en: 'en-GB', ur: 'ur-PK', pl: 'pl-PL' };

/** Parents and carers may ask for an email when something changes; the address is kept for nothing else. */
function EmailUpdates({ code, following, onChange }: { code: string; following: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [{ fetching: saving }, follow] = useMutation(FollowMutation);
  const [{ fetching: stopping }, unfollow] = useMutation(UnfollowMutation);
  const errors = useFormErrors<'receipt-email'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return errors.fail({ 'receipt-email': t('receipt.email.invalid') });
    const result = await follow({ code, email: email.trim() });
    if (result.data) {
      errors.clear();
      setEmail('');
      return onChange();
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') return errors.fail({ 'receipt-email': t('receipt.email.invalid') });
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="email-heading">
      <h2 className="heading-m" id="email-heading">{t('receipt.email.heading')}</h2>
      {following ? (
        <>
          <p className="body-l" role="status">{t('receipt.email.following')}</p>
          <Button
            variant="secondary"
            large
            busy={stopping}
            onClick={async () => {
              const result = await unfollow({ code });
              if (result.data) onChange();
            }}
          >
            {t('receipt.email.stop')}
          </Button>
        </>
      ) : (
        <>
          <p className="body">{t('receipt.email.intro')}</p>
          <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
          <form onSubmit={onSubmit} noValidate className="form receipt-form">
            <Field id="receipt-email" type="email" autoComplete="email" label={t('receipt.email.label')} hint={t('receipt.email.hint')} value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields['receipt-email']} />
            <Button type="submit" large busy={saving}>{t('receipt.email.submit')}</Button>
          </form>
        </>
      )}
    </section>
  );
}

/**
 * The person who spoke deletes their own words, in two steps: asking, then confirming (it cannot be
 * undone). Coded answers stay and still count; words a safeguarding lead holds stay with them.
 */
function EraseWords({ code }: { code: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'ask' | 'confirm' | 'done'>('ask');
  const [{ fetching }, erase] = useMutation(EraseMutation);
  const errors = useFormErrors<never>();

  async function confirm() {
    const result = await erase({ code });
    if (result.data?.eraseMyWords) {
      errors.clear();
      return setStep('done');
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="erase-heading">
      <h2 className="heading-m" id="erase-heading">{t('receipt.erase.heading')}</h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      {step === 'done' ? (
        <>
          <p className="body-l" role="status">{t('receipt.erase.done')}</p>
          <p className="body">{t('receipt.erase.kept')}</p>
        </>
      ) : step === 'confirm' ? (
        <div className="inset-text" role="group" aria-labelledby="erase-confirm-heading">
          <h3 className="heading-s" id="erase-confirm-heading" tabIndex={-1} ref={(el) => el?.focus()}>{t('receipt.erase.confirmHeading')}</h3>
          <p className="body">{t('receipt.erase.confirmBody')}</p>
          <div className="receipt-erase-actions">
            <Button variant="warning" large busy={fetching} onClick={confirm}>{t('receipt.erase.confirm')}</Button>
            <Button variant="secondary" large onClick={() => setStep('ask')}>{t('receipt.erase.cancel')}</Button>
          </div>
        </div>
      ) : (
        <>
          <p className="body">{t('receipt.erase.intro')}</p>
          <Button variant="secondary" large onClick={() => setStep('confirm')}>{t('receipt.erase.start')}</Button>
        </>
      )}
    </section>
  );
}

function WhatHappened({ receipt, code, refresh }: { receipt: Receipt; code: string; refresh: () => void }) {
  const { t, language } = useTranslation();
  const date = (iso: string) => new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
  return (
    <>
      <h2 className="heading-m">{t('receipt.answered', { title: receipt.sourceTitle, date: date(receipt.submittedAt) })}</h2>
      {receipt.themes.length ? (
        <>
          <p className="body-l">{t('receipt.themesIntro')}</p>
          <ul className="receipt-themes">
            {receipt.themes.map((theme) => <li key={theme}>{theme}</li>)}
          </ul>
        </>
      ) : (
        <p className="body-l">{t('receipt.stillReading')}</p>
      )}
      <h2 className="heading-m">{t('receipt.decisionsHeading')}</h2>
      {receipt.outcomes.length === 0 ? (
        <p className="body-l">{t('receipt.noDecisions')}</p>
      ) : (
        receipt.outcomes.map((o, i) => (
          <article key={i} className="receipt-outcome" aria-labelledby={`outcome-${i}`}>
            <h3 className="heading-s" id={`outcome-${i}`}>{o.title}</h3>
            <p className="body"><strong>{t(`receipt.outcome.${o.outcome}`)}</strong> · {date(o.decidedAt)}</p>
            {o.amendedAt ? <p className="body receipt-updated">{t('receipt.updatedOn', { date: date(o.amendedAt) })}</p> : null}
            <p className="receipt-said">{o.youSaidWeDid}</p>
            <p className="body"><strong>{o.outcome === 'NOT_ADOPTED' ? t('receipt.whyNot') : t('receipt.why')}</strong> {o.rationale}</p>
            {o.changes.length ? (
              <>
                <p className="body"><strong>{t('receipt.changesHeading')}</strong></p>
                <ul className="receipt-changes">
                  {o.changes.map((c, j) => (
                    <li key={j}>{c.title}: <span className="receipt-status">{t(`receipt.change.${c.status}`)}</span></li>
                  ))}
                </ul>
              </>
            ) : null}
          </article>
        ))
      )}
      <EmailUpdates code={code} following={receipt.emailUpdates} onChange={refresh} />
      <EraseWords code={code} />
    </>
  );
}

/**
 * /receipt — the person holding a receipt code sees what happened to what they said: the topics
 * their answers went into, what was decided and why, and what is changing. Never their words.
 */
export default function ReceiptPage() {
  const { t, language } = useTranslation();
  // A code kept on this phone arrives from /me in the navigation state, never in the address.
  const kept = (useLocation().state as { code?: unknown } | null)?.code;
  const [typed, setTyped] = useState(typeof kept === 'string' ? kept : '');
  const [code, setCode] = useState(typeof kept === 'string' ? kept : '');
  // The survey's title comes in the page's language where it was translated.
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReceiptQuery, variables: { code, language }, pause: !code, requestPolicy: 'network-only' });
  const errors = useFormErrors<'receipt-code'>();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!typed.trim()) return errors.fail({ 'receipt-code': t('receipt.codeMissing') });
    errors.clear();
    if (typed.trim() === code) reexecute({ requestPolicy: 'network-only' });
    setCode(typed.trim());
  }

  const notFound = Boolean(code && data && data.receipt === null && !fetching);
  const failed = Boolean(code && error && !fetching);
  const fieldError = errors.fields['receipt-code'] ?? (notFound ? t('receipt.notFound') : undefined);
  const summary = [...errors.summary, ...(notFound && !errors.fields['receipt-code'] ? [{ href: 'receipt-code', message: t('receipt.notFound') }] : []), ...(failed ? [{ message: errorMessage(t, error) }] : [])];

  return (
    <Page title={t('receipt.title')}>
      <p className="body-l">{t('receipt.intro')}</p>
      <ErrorSummary errors={summary} focusKey={errors.focusKey + (notFound || failed ? 1 : 0)} />
      <form onSubmit={onSubmit} noValidate className="form receipt-form">
        <Field
          id="receipt-code"
          label={t('receipt.codeLabel')}
          hint={t('receipt.codeHint')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          error={fieldError}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
        />
        <Button type="submit" large busy={fetching}>{t('receipt.submit')}</Button>
      </form>
      {fetching ? <LoadingState label={t('receipt.loading')} /> : null}
      {data?.receipt && !fetching ? <WhatHappened receipt={data.receipt} code={code} refresh={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      <p className="body">{t('receipt.noCode')}</p>
      <ButtonLink to="/me" variant="secondary" large>
        {t('receipt.keptLink')}
      </ButtonLink>
    </Page>
  );
}

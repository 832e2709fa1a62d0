import { lazy, Suspense, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql';
import { useLocation, useParams } from '../../components/router';
import { changeLanguage, directionOf, LANGUAGES, loadCatalogPart, useTranslation, type LanguageCode } from '../../i18n/i18n';
import { Shell } from '../../components/Shell';
import { LoadingState } from '../../components/LoadingState';
import { ErrorState } from '../../components/ErrorState';
import { Button, ButtonLink } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { OutboxRunner, enqueue, flushOutbox, outbox, useOutbox, type FailedItem } from '../../components/outbox';
import { InlineError, OptionList, QuestionView, controlId } from '../../components/questions/QuestionView';
import { HearButton, languageName } from '../../components/questions/HearButton';
import { canSpeak } from '../../components/questions/speech';
import { AGE_BANDS, isAnswered, modeFor, type AgeBand, type Answer } from '../../components/questions/questions';
import { useDraft, type Draft } from './draft';
import { keepSurveyCopy, surveyCopy, surveyFromPage } from './surveyCopy';
import type { Receipt } from './ReceiptView';
import './survey.css';

const SurveyByShareCodeQuery = graphql(`
  query SurveyByShareCode($code: String!, $language: String) {
    viewer {
      id
      role
      ageBand
    }
    surveyByShareCode(code: $code, language: $language) {
      id
      language
      languages
      title
      purpose
      whatHappensNext
      status
      access
      audience
      closesAt
      questions {
        id
        type
        prompt
        required
        scaleMax
        maxLength
        wordings {
          ageBand
          text
        }
        choices {
          id
          label
          emoji
        }
      }
    }
  }
`);

export const SubmitResponseMutation = graphql(`
  mutation SubmitResponse($input: SubmitResponseInput!) {
    submitResponse(input: $input) {
      receiptCode
      responseId
      duplicate
      support {
        message
        contacts {
          name
          phone
          url
        }
      }
    }
  }
`);

// The receipt shows only once the server has answered, so its code (and what it links to) loads
// then, not with the survey: started when the answers are sent, shown when they arrive.
const loadReceiptView = () => Promise.all([import('./ReceiptView'), loadCatalogPart('me')]).then(([view]) => view);
const ReceiptView = lazy(loadReceiptView);

type AnswerInput = { questionId: string; choiceIds?: string[]; scale?: number; text?: string };
type Survey = NonNullable<ResultOf<typeof SurveyByShareCodeQuery>['surveyByShareCode']>;
type Viewer = ResultOf<typeof SurveyByShareCodeQuery>['viewer'];
export const OUTBOX_KIND = 'survey';

/** The submission for a draft: answered questions only, in survey order (so a resend is identical). */
function submission(survey: Survey, draft: Draft, language: string) {
  const answers = survey.questions.flatMap((q): AnswerInput[] => {
    const answer = draft.answers[q.id];
    if (!isAnswered(q, answer)) return [];
    if (q.type === 'SCALE') return [{ questionId: q.id, scale: answer.scale }];
    if (q.type === 'TEXT') return [{ questionId: q.id, text: answer.text!.trim() }];
    return [{ questionId: q.id, choiceIds: answer.choiceIds }];
  });
  return {
    input: {
      surveyId: survey.id,
      clientSubmissionId: draft.clientSubmissionId,
      ageBand: draft.ageBand ?? 'NOT_SAID',
      answers,
      language,
    },
  };
}

/** A page body: the <main> landmark and its one h1, with focus moved to the h1 on each new screen. */
function Screen({ title, heading, children }: { title: string; heading?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.titleSuffix')}`;
  }, [title, t]);
  return (
    <div className="width-container">
      <main id="main-content" className="main survey" tabIndex={-1}>
        {heading}
        {children}
      </main>
    </div>
  );
}

/** Moves focus to the screen's h1 whenever the screen changes (not on a fresh page load). */
function useScreenFocus(screen: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const isFirst = first.current;
    first.current = false;
    if (!isFirst || location.key !== 'default') heading.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [screen]);
  return heading;
}

function PageHeading({ headingRef, children }: { headingRef: React.Ref<HTMLHeadingElement>; children: ReactNode }) {
  return (
    <h1 className="heading-xl" ref={headingRef} tabIndex={-1}>
      {children}
    </h1>
  );
}

function failureMessageKey(failure: FailedItem) {
  switch (failure.code) {
    case 'FORBIDDEN':
      return 'surveys.take.failed.forbidden' as const;
    case 'NOT_FOUND':
      return 'surveys.take.failed.notFound' as const;
    case 'CONFLICT':
      return 'surveys.take.failed.conflict' as const;
    default:
      return failure.field === 'surveyId' ? ('surveys.take.failed.closed' as const) : ('surveys.take.failed.answers' as const);
  }
}

/** Buttons for the survey's other complete languages; choosing one shows the survey (and, where Heard speaks it, the page) in it. */
function OtherLanguages({ survey, showing, onChoose }: { survey: Survey; showing: string; onChoose: (language: string) => void }) {
  const { t } = useTranslation();
  const others = survey.languages.filter((l) => l !== showing);
  if (!others.length) return null;
  return (
    <nav className="survey-languages" aria-labelledby="survey-languages-label">
      <p id="survey-languages-label" className="body">
        {t('surveys.take.alsoIn')}
      </p>
      <ul className="survey-languages__list">
        {others.map((l) => (
          <li key={l}>
            <Button variant="secondary" onClick={() => onChoose(l)}>
              <span lang={l} dir={directionOf(l)}>
                {languageName(l)}
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SurveyFlow({
  survey,
  viewer,
  code,
  contentLanguage,
  onChooseLanguage,
}: {
  survey: Survey;
  viewer: Viewer;
  code: string;
  /** The language the survey's own words are showing in. */
  contentLanguage: string;
  onChooseLanguage: (language: string) => void;
}) {
  const { t, language } = useTranslation();
  // Content in another language than the page's is marked, so screen readers switch voice too.
  const contentLang = contentLanguage !== language ? contentLanguage : undefined;
  const [readAloudChoice, setReadAloud] = useState<boolean | null>(null);
  const client = useClient();
  const { draft, update, start, clear } = useDraft(survey.id);
  const box = useOutbox(OUTBOX_KIND);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [errorKey, setErrorKey] = useState(0);

  const id = draft?.clientSubmissionId;
  const result = id ? box.results[id] : undefined;
  const failure = id ? box.failed.find((f) => f.id === id) : undefined;
  const pending = id ? box.pending.some((i) => i.id === id) : false;

  // Acknowledged: show the receipt, and delete the answers from this device.
  useEffect(() => {
    if (!result || !id) return;
    setReceipt((result as ResultOf<typeof SubmitResponseMutation>).submitResponse);
    clear();
    outbox().dismiss(id);
  }, [result, id, clear]);

  // Sent before, but neither waiting nor answered (it was sent from another page, which has since
  // closed): send again. The server answers a repeat with the same receipt.
  useEffect(() => {
    if (draft?.sent && !pending && !result && !failure) {
      enqueue({ id: draft.clientSubmissionId, kind: OUTBOX_KIND, query: SubmitResponseMutation, variables: submission(survey, draft, contentLanguage), background: true });
    }
  }, [draft, pending, result, failure, survey, contentLanguage]);

  const step = draft?.step;
  const screen = receipt ? 'receipt' : failure ? 'failed' : draft?.sent ? 'sent' : draft ? String(step) : 'intro';
  const heading = useScreenFocus(screen);
  const band = draft?.ageBand;
  const mode = modeFor(band);
  // Read-aloud is for everyone who wants it; 4–7s have it on unless they turn it off.
  const readAloud = readAloudChoice ?? mode === 'young';
  const readAloudToggle = canSpeak() ? (
    <button type="button" className="read-to-me" aria-pressed={readAloud} onClick={() => setReadAloud(!readAloud)}>
      <span className="read-to-me__box" aria-hidden="true">
        {readAloud ? '✓' : ''}
      </span>
      {t('surveys.take.readToMe')}
    </button>
  ) : null;

  useEffect(() => {
    setError(undefined);
  }, [screen]);

  if (receipt) {
    return (
      <Suspense fallback={<Screen title={t('surveys.take.saved.sending')}><LoadingState label={t('surveys.take.saved.sending')} /></Screen>}>
        <ReceiptView receipt={receipt} survey={survey} language={contentLanguage} />
      </Suspense>
    );
  }

  if (failure && draft) {
    const messageKey = failureMessageKey(failure);
    return (
      <Screen title={t('surveys.take.failed.title')} heading={<PageHeading headingRef={heading}>{t('surveys.take.failed.title')}</PageHeading>}>
        <p className="body-l">{t(messageKey)}</p>
        {messageKey === 'surveys.take.failed.answers' ? (
          <Button
            large
            onClick={() => {
              outbox().dismiss(draft.clientSubmissionId);
              update((d) => ({ ...d, sent: false, step: 0 }));
            }}
          >
            {t('surveys.take.checkAnswers')}
          </Button>
        ) : null}
        <Button
          variant="secondary"
          large
          onClick={() => {
            outbox().dismiss(draft.clientSubmissionId);
            clear();
          }}
        >
          {t('surveys.take.startAgain')}
        </Button>
      </Screen>
    );
  }

  if (draft?.sent) {
    void loadReceiptView();
    const waiting = !box.online || !box.sending;
    return (
      <Screen title={t('surveys.take.saved.title')} heading={<PageHeading headingRef={heading}>{t('surveys.take.saved.title')}</PageHeading>}>
        <div className="survey-status" role="status" aria-live="polite">
          {waiting ? (
            <>
              <p className="body-l survey-status__offline">{t('surveys.take.saved.offline')}</p>
              <p className="body">{t('surveys.take.saved.keep')}</p>
            </>
          ) : (
            <LoadingState label={t('surveys.take.saved.sending')} />
          )}
        </div>
        {box.online && !box.sending ? (
          <Button large onClick={() => void flushOutbox(client)}>
            {t('surveys.take.saved.tryNow')}
          </Button>
        ) : null}
      </Screen>
    );
  }

  if (survey.status !== 'OPEN') {
    return (
      <Screen title={t('surveys.take.closed.title')} heading={<PageHeading headingRef={heading}>{t('surveys.take.closed.title')}</PageHeading>}>
        <p className="body-l">{t('surveys.take.closed.body')}</p>
        <ButtonLink to="/" variant="secondary">
          {t('surveys.take.home')}
        </ButtonLink>
      </Screen>
    );
  }

  if (!draft) {
    const needsCode = survey.access === 'PARTICIPANTS_ONLY' && !viewer;
    const closes = survey.closesAt ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(survey.closesAt)) : null;
    return (
      <Screen
        title={survey.title}
        heading={
          <PageHeading headingRef={heading}>
            <span lang={contentLang}>{survey.title}</span>
          </PageHeading>
        }
      >
        <OtherLanguages survey={survey} showing={contentLanguage} onChoose={onChooseLanguage} />
        <h2 className="heading-m">{t('surveys.take.why')}</h2>
        <p className="body-l survey__text" lang={contentLang}>
          {survey.purpose}
        </p>
        <h2 className="heading-m">{t('surveys.take.whatNext')}</h2>
        <p className="body survey__text" lang={contentLang}>
          {survey.whatHappensNext}
        </p>
        <ul className="list list--bullet">
          <li>{t('surveys.take.noName')}</li>
          <li>{t('surveys.take.skip')}</li>
          <li>{t('surveys.take.saved.onPhone')}</li>
          {closes ? <li>{t('surveys.take.closes', { date: closes })}</li> : null}
        </ul>
        {needsCode ? (
          <>
            <p className="inset-text body">{t('surveys.take.needsCode')}</p>
            <ButtonLink to="/join" state={{ from: `/s/${code}` }} large>
              {t('surveys.take.joinWithCode')}
            </ButtonLink>
          </>
        ) : (
          <Button large onClick={() => start({ ageBand: viewer?.ageBand ?? undefined })}>
            {t('surveys.take.start')}
          </Button>
        )}
      </Screen>
    );
  }

  const questions = survey.questions;

  function fail(message: string) {
    setError(message);
    setErrorKey((k) => k + 1);
  }

  if (step === 'age') {
    const bands = AGE_BANDS.filter((b) => b === 'NOT_SAID' || survey.audience.includes(b));
    const onSubmit = (event: FormEvent) => {
      event.preventDefault();
      if (!draft.ageBand) return fail(t('surveys.take.age.missing'));
      update((d) => ({ ...d, step: questions.length ? 0 : 'check' }));
    };
    return (
      <Screen title={t('surveys.take.age.title')}>
        <ErrorSummary errors={error ? [{ href: 'ageBand', message: error }] : []} focusKey={errorKey} />
        <form onSubmit={onSubmit} noValidate>
          <div className={error ? 'question form-group form-group--error' : 'question form-group'}>
            <fieldset className="fieldset" aria-describedby={error ? 'ageBand-hint ageBand-error' : 'ageBand-hint'}>
              <legend className="question__legend">
                <h1 className="question__heading question__heading--page" ref={heading} tabIndex={-1}>
                  {t('surveys.take.age.title')}
                </h1>
              </legend>
              <p id="ageBand-hint" className="hint question__hint">
                {t('surveys.take.age.why')}
              </p>
              {error ? <InlineError id="ageBand-error" message={error} /> : null}
              <OptionList
                name="ageBand"
                multiple={false}
                mode="standard"
                layout="rows"
                options={bands.map((value) => ({ value, text: t(`ageBand.${value}`) }))}
                selected={draft.ageBand ? [draft.ageBand] : []}
                onToggle={(value) => update((d) => ({ ...d, ageBand: value as AgeBand }))}
              />
            </fieldset>
          </div>
          <div className="survey-actions">
            <Button type="submit" large>
              {t('surveys.take.continue')}
            </Button>
            <Button variant="secondary" onClick={clear}>
              {t('common.back')}
            </Button>
          </div>
        </form>
      </Screen>
    );
  }

  if (typeof step === 'number' && questions[step]) {
    const question = questions[step];
    const answer = draft.answers[question.id];
    const go = (next: number) => update((d) => ({ ...d, step: next >= questions.length ? 'check' : next < 0 ? 'age' : next }));
    const setAnswer = (value: Answer | undefined) =>
      update((d) => {
        const answers = { ...d.answers };
        if (value) answers[question.id] = value;
        else delete answers[question.id];
        return { ...d, answers };
      });
    const onSubmit = (event: FormEvent) => {
      event.preventDefault();
      if (question.required && !isAnswered(question, answer)) return fail(t('surveys.take.answerMissing'));
      go(step + 1);
    };
    return (
      <Screen title={t('surveys.take.progress', { current: step + 1, total: questions.length })}>
        <ErrorSummary errors={error ? [{ href: controlId(question.id), message: error }] : []} focusKey={errorKey} />
        <form onSubmit={onSubmit} noValidate className={`survey-question survey-question--${mode}`}>
          <QuestionView
            key={question.id}
            question={question}
            band={band}
            answer={answer}
            onChange={setAnswer}
            error={error}
            headingRef={heading}
            readAloud={readAloud}
            lang={contentLanguage}
            before={
              <div className="survey-progress">
                {readAloudToggle}
                <p className="survey-progress__text">{t('surveys.take.progress', { current: step + 1, total: questions.length })}</p>
                <div className="survey-progress__bar" aria-hidden="true">
                  <div className="survey-progress__done" style={{ inlineSize: `${((step + 1) / questions.length) * 100}%` }} />
                </div>
              </div>
            }
          />
          <div className="survey-actions">
            <Button type="submit" large>
              {step + 1 === questions.length ? t('surveys.take.finish') : t('surveys.take.next')}
            </Button>
            {!question.required ? (
              <Button
                variant="secondary"
                large
                onClick={() => {
                  setAnswer(undefined);
                  go(step + 1);
                }}
              >
                {t('surveys.take.skipThis')}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={() => go(step - 1)}>
              {t('common.back')}
            </Button>
          </div>
        </form>
      </Screen>
    );
  }

  // Ready to send.
  const answered = questions.filter((q) => isAnswered(q, draft.answers[q.id])).length;
  const send = () => {
    const sent = { ...draft, sent: true };
    update(() => sent);
    enqueue({ id: sent.clientSubmissionId, kind: OUTBOX_KIND, query: SubmitResponseMutation, variables: submission(survey, sent, contentLanguage), background: true });
    void flushOutbox(client);
  };
  return (
    <Screen title={t('surveys.take.check.title')} heading={<PageHeading headingRef={heading}>{t('surveys.take.check.title')}</PageHeading>}>
      <p className="body-l">{t('surveys.take.check.answered', { count: answered, total: questions.length })}</p>
      {readAloud ? <HearButton text={t('surveys.take.check.title')} /> : null}
      <div className="survey-actions">
        <Button large onClick={send}>
          {t('surveys.take.check.send')}
        </Button>
        <Button variant="secondary" onClick={() => update((d) => ({ ...d, step: questions.length ? questions.length - 1 : 'age' }))}>
          {t('common.back')}
        </Button>
        <Button variant="secondary" onClick={clear}>
          {t('surveys.take.startAgain')}
        </Button>
      </div>
    </Screen>
  );
}

function SurveyLoader({ code }: { code: string }) {
  const { t, language: pageLanguage } = useTranslation();
  // A survey language Heard's pages do not speak (Punjabi, say) is chosen for the survey alone.
  const [chosen, setChosen] = useState<string | null>(null);
  const asked = chosen ?? pageLanguage;
  const client = useClient();
  // Asked for while this first renders, not after it is painted (useQuery's own request waits for
  // its effect): the survey is what a child opened the link for. The client shares one request.
  useMemo(() => void client.query(SurveyByShareCodeQuery, { code, language: asked }).toPromise(), [client, code, asked]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SurveyByShareCodeQuery, variables: { code, language: asked } });
  useEffect(() => {
    if (data?.surveyByShareCode) keepSurveyCopy(code, asked, data.surveyByShareCode);
  }, [data, code, asked]);
  const choose = (l: string) => {
    if (LANGUAGES.some((known) => known.code === l)) {
      setChosen(null);
      void changeLanguage(l as LanguageCode);
    } else {
      setChosen(l);
    }
  };
  // The survey the server wrote into the page: its intro shows at once, as the server drew it, and
  // stays if the page's own request fails (a page reopened from the service worker's cache, say).
  const given = !data ? surveyFromPage<Survey>(code, asked) : null;
  if (fetching && !data && !given) {
    return (
      <Screen title={t('surveys.take.loading')}>
        <LoadingState label={t('surveys.take.loading')} />
      </Screen>
    );
  }
  const fresh = data?.surveyByShareCode;
  // Without signal, the copy kept when this phone last opened the survey (surveyCopy.ts).
  const kept = error && !data ? surveyCopy<Survey>(code, asked) : null;
  if (error && !data && !kept && !given) {
    return (
      <Screen title={t('surveys.take.loadFailed')}>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Screen>
    );
  }
  const survey = fresh ?? given ?? kept;
  if (!survey) {
    return (
      <Screen title={t('surveys.take.notFound.title')} heading={<h1 className="heading-xl">{t('surveys.take.notFound.title')}</h1>}>
        <p className="body-l">{t('surveys.take.notFound.body')}</p>
        <ButtonLink to="/" variant="secondary">
          {t('surveys.take.home')}
        </ButtonLink>
      </Screen>
    );
  }
  // The page language when the survey is complete in it, else the survey's own.
  const contentLanguage = survey.languages.includes(asked) ? asked : survey.language;
  return (
    <SurveyFlow
      key={survey.id}
      survey={survey}
      viewer={data?.viewer ?? null}
      code={code}
      contentLanguage={contentLanguage}
      onChooseLanguage={choose}
    />
  );
}

/** /s/:code — a survey opened from its link or QR code, on a phone, signed in or not. */
export default function SurveyApp() {
  const { code = '' } = useParams<'code'>();
  return (
    <Shell tone="child">
      <OutboxRunner />
      <SurveyLoader code={code} />
    </Shell>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../graphql';
import { useParams } from '../../../components/router';
import { LANGUAGES, useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageLoading } from '../../../components/PageLoading';
import { useFormErrors } from '../../../components/useFormErrors';
import { errorCode, errorMessage } from '../../../components/errors';
import { languageName } from '../../../components/questions/HearButton';
import { NotFoundPage } from '../../access/NotFoundPage';
import { surveyContext, useStaffSurvey, type StaffSurvey } from './surveyQueries';

const TranslateSurveyMutation = graphql(`
  mutation TranslateSurvey($surveyId: ID!, $input: SurveyTranslationInput!) {
    translateSurvey(surveyId: $surveyId, input: $input) {
      id
      languages
    }
  }
`);

const RemoveTranslationMutation = graphql(`
  mutation RemoveSurveyTranslation($surveyId: ID!, $language: String!) {
    removeSurveyTranslation(surveyId: $surveyId, language: $language) {
      id
      languages
    }
  }
`);

type Draft = { title: string; purpose: string; whatHappensNext: string; prompts: string[]; labels: string[][] };

/** What the form starts with: the stored translation for that language, or empty boxes. */
function draftFor(survey: StaffSurvey, language: string): Draft {
  const stored = survey.translations.find((t) => t.language === language);
  const byQuestion = new Map(stored?.questions.map((q) => [q.questionId, q]) ?? []);
  return {
    title: stored?.title ?? '',
    purpose: stored?.purpose ?? '',
    whatHappensNext: stored?.whatHappensNext ?? '',
    prompts: survey.questions.map((q) => byQuestion.get(q.id)?.prompt ?? ''),
    labels: survey.questions.map((q) => q.choices.map((_, i) => byQuestion.get(q.id)?.choiceLabels[i] ?? '')),
  };
}

/** The form control a server field path points at (`questions.2.choiceLabels.1` → `tr-q2-label-1`). */
function controlFor(field: string): string {
  const question = field.match(/^questions\.(\d+)\.(prompt|choiceLabels)(?:\.(\d+))?/);
  if (question) return question[2] === 'prompt' ? `tr-q${question[1]}-prompt` : `tr-q${question[1]}-label-${question[3] ?? 0}`;
  return `tr-${field.split('.')[0]}`;
}

/** /staff/surveys/:id/translate — the survey's own words beside boxes for another language. */
export function TranslatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const [{ data, fetching, error }, reexecute] = useStaffSurvey(id);
  const survey = data?.survey;
  const choices = LANGUAGES.map((l) => l.code as string).filter((code) => code !== survey?.language);
  const [language, setLanguage] = useState<string>('');
  const current = language || choices[0] || '';
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors<string>();
  const [{ fetching: saving }, translate] = useMutation(TranslateSurveyMutation);
  const [{ fetching: removing }, remove] = useMutation(RemoveTranslationMutation);

  // A new language (or the survey arriving) starts the form from what is stored for it.
  useEffect(() => {
    if (survey && current) setDraft(draftFor(survey, current));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [survey?.id, current]);

  if (fetching && !data) return <PageLoading />;
  if (error && !data) {
    return (
      <Page title={t('staffSurveys.translate.title')} backTo={`/staff/surveys/${id}`} wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  if (!survey) return <NotFoundPage homeHref="/staff/surveys" />;
  if (!draft) return <PageLoading />;

  const stored = survey.translations.find((tr) => tr.language === current);
  const set = (change: (d: Draft) => Draft) => {
    setSaved(false);
    setDraft((d) => (d ? change(d) : d));
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft || !survey) return;
    const missing: Record<string, string> = {};
    if (!draft.title.trim()) missing['tr-title'] = t('staffSurveys.translate.errors.title');
    if (!draft.purpose.trim()) missing['tr-purpose'] = t('staffSurveys.translate.errors.purpose');
    if (!draft.whatHappensNext.trim()) missing['tr-whatHappensNext'] = t('staffSurveys.translate.errors.whatHappensNext');
    if (Object.keys(missing).length) return errors.fail(missing);
    const result = await translate(
      {
        surveyId: survey.id,
        input: {
          language: current,
          title: draft.title,
          purpose: draft.purpose,
          whatHappensNext: draft.whatHappensNext,
          // Questions not yet translated are left out (they show in the survey's own language until they are).
          questions: survey.questions.flatMap((q, i) => {
            const prompt = draft.prompts[i].trim();
            if (!prompt) return [];
            const labels = draft.labels[i].map((l) => l.trim());
            return [{ questionId: q.id, prompt, choiceLabels: labels.every(Boolean) ? labels : null }];
          }),
        },
      },
      surveyContext,
    );
    if (!result.error) {
      errors.clear();
      setSaved(true);
      return;
    }
    const fields: Record<string, string> = {};
    for (const e of result.error.graphQLErrors) {
      const field = e.extensions?.field;
      if (e.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string') {
        fields[controlFor(field)] = field === 'language' ? t('staffSurveys.translate.errors.language') : t('staffSurveys.translate.errors.field');
      }
    }
    if (Object.keys(fields).length) errors.fail(fields);
    else errors.fail({}, errorCode(result.error) === 'NOT_FOUND' ? t('staffSurveys.translate.errors.notFound') : errorMessage(t, result.error));
  }

  const side = (own: string) => (
    <p className="translate__own body" lang={survey.language}>
      {own}
    </p>
  );
  const box = (fieldId: string, label: string, value: string, onChange: (v: string) => void, rows = 2) => (
    <div className={errors.fields[fieldId] ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={fieldId}>
        {label}
      </label>
      {errors.fields[fieldId] ? (
        <p id={`${fieldId}-error`} className="error-message">
          {errors.fields[fieldId]}
        </p>
      ) : null}
      <textarea
        id={fieldId}
        className="textarea"
        rows={rows}
        lang={current}
        dir={LANGUAGES.find((l) => l.code === current)?.dir ?? 'ltr'}
        value={value}
        aria-invalid={errors.fields[fieldId] ? true : undefined}
        aria-describedby={errors.fields[fieldId] ? `${fieldId}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );

  return (
    <Page title={t('staffSurveys.translate.title')} backTo={`/staff/surveys/${id}`} wide>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="body">{t('staffSurveys.translate.intro', { language: languageName(survey.language) })}</p>
      <div className="form-group">
        <label className="label" htmlFor="tr-language">
          {t('staffSurveys.translate.language')}
        </label>
        <select id="tr-language" className="select" value={current} onChange={(e) => setLanguage(e.target.value)}>
          {choices.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </div>
      <p className="body" role="status">
        {saved ? t('staffSurveys.translate.saved') : null}{' '}
        {stored ? (stored.complete ? t('staffSurveys.translate.complete') : t('staffSurveys.translate.incomplete')) : t('staffSurveys.translate.none')}
      </p>
      <form onSubmit={onSubmit} noValidate className="translate">
        <div className="translate__row">
          {side(survey.title)}
          {box('tr-title', t('staffSurveys.translate.titleLabel'), draft.title, (v) => set((d) => ({ ...d, title: v })), 1)}
        </div>
        <div className="translate__row">
          {side(survey.purpose)}
          {box('tr-purpose', t('staffSurveys.translate.purposeLabel'), draft.purpose, (v) => set((d) => ({ ...d, purpose: v })))}
        </div>
        <div className="translate__row">
          {side(survey.whatHappensNext)}
          {box('tr-whatHappensNext', t('staffSurveys.translate.whatNextLabel'), draft.whatHappensNext, (v) => set((d) => ({ ...d, whatHappensNext: v })))}
        </div>
        {survey.questions.map((q, i) => (
          <fieldset className="fieldset translate__question" key={q.id}>
            <legend className="heading-s">{t('staffSurveys.translate.question', { number: i + 1 })}</legend>
            <div className="translate__row">
              {side(q.prompt)}
              {box(`tr-q${i}-prompt`, t('staffSurveys.translate.promptLabel'), draft.prompts[i], (v) =>
                set((d) => ({ ...d, prompts: d.prompts.map((p, j) => (j === i ? v : p)) })),
              )}
            </div>
            {q.choices.map((c, j) => (
              <div className="translate__row" key={c.id}>
                {side(c.label)}
                {box(`tr-q${i}-label-${j}`, t('staffSurveys.translate.choiceLabel', { number: j + 1 }), draft.labels[i][j], (v) =>
                  set((d) => ({ ...d, labels: d.labels.map((ls, k) => (k === i ? ls.map((l, m) => (m === j ? v : l)) : ls)) })),
                1)}
              </div>
            ))}
          </fieldset>
        ))}
        <div className="button-group">
          <Button type="submit" busy={saving}>
            {t('staffSurveys.translate.save')}
          </Button>
          {stored ? (
            <Button
              variant="secondary"
              busy={removing}
              onClick={async () => {
                const result = await remove({ surveyId: survey.id, language: current }, surveyContext);
                if (result.error) errors.fail({}, errorMessage(t, result.error));
                else setDraft(draftFor({ ...survey, translations: [] }, current));
              }}
            >
              {t('staffSurveys.translate.remove')}
            </Button>
          ) : null}
        </div>
      </form>
    </Page>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ErrorMessage, Field } from '../../../components/Field';
import { Radios } from '../../../components/Radios';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import type { AgeBand, QuestionType } from '../../../components/questions/questions';
import { AddQuestionMutation, UpdateQuestionMutation, surveyContext, type StaffQuestion } from './surveyQueries';
import { badInputField, bandLabel } from './parts';

const TYPES: readonly QuestionType[] = ['SCALE', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'YES_NO', 'TEXT'];
type ChoiceDraft = { label: string; emoji: string };

type QuestionEditorProps = {
  surveyId: string;
  /** The survey's age bands: one optional wording each. */
  audience: readonly AgeBand[];
  /** Editing this question; adding a new one when absent. */
  question?: StaffQuestion;
  /** Unique per editor on the page (ids of its fields). */
  idPrefix: string;
  onDone: () => void;
  onCancel?: () => void;
};

/**
 * Adds or edits one draft question: its type, main wording, a wording per age band, whether it
 * must be answered, its scale points, its choices (each with an optional emoji picture) or the
 * length of a text answer.
 */
export function QuestionEditor({ surveyId, audience, question, idPrefix, onDone, onCancel }: QuestionEditorProps) {
  const { t } = useTranslation();
  const [type, setType] = useState<QuestionType>(question?.type ?? 'SINGLE_CHOICE');
  const [prompt, setPrompt] = useState(question?.prompt ?? '');
  const [required, setRequired] = useState(question?.required ?? false);
  const [scaleMax, setScaleMax] = useState(String(question?.scaleMax ?? 5));
  const [maxLength, setMaxLength] = useState(String(question?.type === 'TEXT' ? question.maxLength : 2000));
  const [choices, setChoices] = useState<ChoiceDraft[]>(
    question && (question.type === 'SINGLE_CHOICE' || question.type === 'MULTI_CHOICE')
      ? question.choices.map((c) => ({ label: c.label, emoji: c.emoji ?? '' }))
      : [
          { label: '', emoji: '' },
          { label: '', emoji: '' },
        ],
  );
  const [wordings, setWordings] = useState<Partial<Record<AgeBand, string>>>(
    Object.fromEntries((question?.wordings ?? []).map((w) => [w.ageBand, w.text])),
  );
  const [{ fetching: adding }, addQuestion] = useMutation(AddQuestionMutation);
  const [{ fetching: saving }, updateQuestion] = useMutation(UpdateQuestionMutation);
  const errors = useFormErrors<string>();
  const id = (name: string) => `${idPrefix}${name}`;
  const hasChoices = type === 'SINGLE_CHOICE' || type === 'MULTI_CHOICE';
  const bands = audience.filter((b) => b !== 'NOT_SAID');

  function setChoice(i: number, change: Partial<ChoiceDraft>) {
    setChoices((list) => list.map((c, j) => (j === i ? { ...c, ...change } : c)));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!prompt.trim()) problems[id('prompt')] = t('staffSurveys.question.errors.prompt');
    const points = Number(scaleMax);
    if (type === 'SCALE' && (!Number.isInteger(points) || points < 2 || points > 10)) problems[id('scaleMax')] = t('staffSurveys.question.errors.scaleMax');
    const characters = Number(maxLength);
    if (type === 'TEXT' && (!Number.isInteger(characters) || characters < 1 || characters > 5000)) problems[id('maxLength')] = t('staffSurveys.question.errors.maxLength');
    if (hasChoices) {
      choices.forEach((c, i) => {
        if (!c.label.trim()) problems[id(`choice-${i}`)] = t('staffSurveys.question.errors.choiceLabel', { number: i + 1 });
      });
      if (choices.length < 2) problems[id('add-choice')] = t('staffSurveys.question.errors.choices');
    }
    if (Object.keys(problems).length) return errors.fail(problems);

    const input = {
      type,
      prompt: prompt.trim(),
      required,
      scaleMax: type === 'SCALE' ? points : null,
      maxLength: type === 'TEXT' ? characters : null,
      choices: hasChoices ? choices.map((c) => ({ label: c.label.trim(), emoji: c.emoji.trim() || null })) : null,
      wordings: bands.flatMap((ageBand) => (wordings[ageBand]?.trim() ? [{ ageBand, text: wordings[ageBand]!.trim() }] : [])),
    };
    const result = question
      ? await updateQuestion({ questionId: question.id, input }, surveyContext)
      : await addQuestion({ surveyId, input }, surveyContext);
    if (!result.error) {
      errors.clear();
      return onDone();
    }
    switch (errorCode(result.error)) {
      case 'CONFLICT':
        return errors.fail({}, t('staffSurveys.question.errors.published'));
      case 'BAD_USER_INPUT': {
        const field = badInputField(result.error) ?? '';
        const choice = /^choices\.(\d+)/.exec(field);
        if (choice) return errors.fail({ [id(`choice-${choice[1]}`)]: t('staffSurveys.question.errors.choiceInvalid', { number: Number(choice[1]) + 1 }) });
        const wording = /^wordings\.(\d+)/.exec(field);
        if (wording) {
          const band = input.wordings[Number(wording[1])]?.ageBand;
          if (band) return errors.fail({ [id(`wording-${band}`)]: t('staffSurveys.question.errors.wording') });
        }
        if (field === 'prompt') return errors.fail({ [id('prompt')]: t('staffSurveys.question.errors.promptLong') });
        if (field === 'scaleMax') return errors.fail({ [id('scaleMax')]: t('staffSurveys.question.errors.scaleMax') });
        if (field === 'maxLength') return errors.fail({ [id('maxLength')]: t('staffSurveys.question.errors.maxLength') });
        if (field === 'choices') return errors.fail({ [id('add-choice')]: t('staffSurveys.question.errors.choices') });
        return errors.fail({}, t('errors.unknown'));
      }
      default:
        return errors.fail({}, errorMessage(t, result.error));
    }
  }

  const legend = question ? t('staffSurveys.question.editHeading', { number: question.position }) : t('staffSurveys.question.addHeading');
  return (
    <form onSubmit={onSubmit} noValidate className="question-editor" aria-label={legend}>
      <h3 className="heading-m question-editor__heading">{legend}</h3>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <Radios
        name={id('type')}
        legend={<span className="fieldset__legend--s">{t('staffSurveys.question.typeLegend')}</span>}
        value={type}
        onChange={setType}
        options={TYPES.map((value) => ({ value, label: t(`staffSurveys.questionType.${value}`), hint: t(`staffSurveys.question.typeHints.${value}`) }))}
      />
      <Field
        id={id('prompt')}
        label={t('staffSurveys.question.promptLabel')}
        hint={t('staffSurveys.question.promptHint')}
        error={errors.fields[id('prompt')]}
        value={prompt}
        onChange={(e) => setPrompt(e.target.value)}
        autoComplete="off"
      />

      {bands.length ? (
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend fieldset__legend--s">{t('staffSurveys.question.wordingsLegend')}</legend>
          <p className="hint">{t('staffSurveys.question.wordingsHint')}</p>
          {bands.map((band) => (
            <Field
              key={band}
              id={id(`wording-${band}`)}
              label={t('staffSurveys.question.wordingLabel', { band: bandLabel(t, band) })}
              optional
              error={errors.fields[id(`wording-${band}`)]}
              value={wordings[band] ?? ''}
              onChange={(e) => setWordings((w) => ({ ...w, [band]: e.target.value }))}
              autoComplete="off"
            />
          ))}
        </fieldset>
      ) : null}

      {type === 'SCALE' ? (
        <Field
          id={id('scaleMax')}
          type="number"
          inputMode="numeric"
          min={2}
          max={10}
          label={t('staffSurveys.question.scaleMaxLabel')}
          hint={t('staffSurveys.question.scaleMaxHint')}
          error={errors.fields[id('scaleMax')]}
          value={scaleMax}
          onChange={(e) => setScaleMax(e.target.value)}
          className="input--short"
        />
      ) : null}

      {hasChoices ? (
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend fieldset__legend--s">{t('staffSurveys.question.choicesLegend')}</legend>
          <p className="hint">{t('staffSurveys.question.choicesHint')}</p>
          <ol className="choice-editor">
            {choices.map((choice, i) => (
              <li key={i} className="choice-editor__item">
                <Field
                  id={id(`choice-${i}`)}
                  label={t('staffSurveys.question.choiceLabel', { number: i + 1 })}
                  error={errors.fields[id(`choice-${i}`)]}
                  value={choice.label}
                  onChange={(e) => setChoice(i, { label: e.target.value })}
                  autoComplete="off"
                />
                <Field
                  id={id(`choice-${i}-emoji`)}
                  label={t('staffSurveys.question.emojiLabel', { number: i + 1 })}
                  optional
                  value={choice.emoji}
                  maxLength={16}
                  onChange={(e) => setChoice(i, { emoji: e.target.value })}
                  className="input--emoji"
                  autoComplete="off"
                />
                {choices.length > 2 ? (
                  <Button variant="secondary" className="choice-editor__remove" onClick={() => setChoices((list) => list.filter((_, j) => j !== i))}>
                    {t('staffSurveys.question.removeChoice', { number: i + 1 })}
                  </Button>
                ) : null}
              </li>
            ))}
          </ol>
          {errors.fields[id('add-choice')] ? <ErrorMessage id={id('add-choice-error')} message={errors.fields[id('add-choice')]!} /> : null}
          {choices.length < 12 ? (
            <Button id={id('add-choice')} variant="secondary" onClick={() => setChoices((list) => [...list, { label: '', emoji: '' }])}>
              {t('staffSurveys.question.addChoice')}
            </Button>
          ) : null}
        </fieldset>
      ) : null}

      {type === 'YES_NO' ? <p className="inset-text body">{t('staffSurveys.question.yesNoNote')}</p> : null}
      {type === 'TEXT' ? (
        <>
          <Field
            id={id('maxLength')}
            type="number"
            inputMode="numeric"
            min={1}
            max={5000}
            label={t('staffSurveys.question.maxLengthLabel')}
            hint={t('staffSurveys.question.maxLengthHint')}
            error={errors.fields[id('maxLength')]}
            value={maxLength}
            onChange={(e) => setMaxLength(e.target.value)}
            className="input--short"
          />
          <p className="inset-text body">{t('staffSurveys.question.textNote')}</p>
        </>
      ) : null}

      <Checkbox id={id('required')} label={t('staffSurveys.question.requiredLabel')} checked={required} onChange={setRequired} />

      <div className="button-group">
        <Button type="submit" busy={adding || saving} busyLabel={t('staffSurveys.question.saving')}>
          {question ? t('staffSurveys.question.save') : t('staffSurveys.question.add')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('staffSurveys.question.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

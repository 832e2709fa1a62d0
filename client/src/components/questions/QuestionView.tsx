import type { ReactNode, Ref } from 'react';
import { LANGUAGES, useTranslation } from '../../i18n/i18n';
import { HearButton } from './HearButton';
import { FACE_WORDS, faceIndex, modeFor, promptFor, type AgeBand, type Answer, type Mode, type QuestionShape } from './questions';
import './questions.css';

export type Option = {
  value: string;
  /** What shows (and is read aloud). */
  text: string;
  /** An emoji, or a drawn face. */
  picture?: ReactNode;
};

const FACE_FILLS = ['#f6cdc8', '#fbe0c4', '#fff1b8', '#dcefcf', '#bfe6c6'];

/** A face drawn from sad (0) to happy (4): the same on every phone, whatever emoji it has. */
export function Face({ index }: { index: number }) {
  const smile = (index - 2) * 3; // the mouth bends from a frown (-6) to a smile (+6)
  return (
    <svg className="face" viewBox="0 0 40 40" width="48" height="48" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="18" fill={FACE_FILLS[index]} stroke="currentColor" strokeWidth="2" />
      <circle cx="14" cy="16" r="2.5" fill="currentColor" />
      <circle cx="26" cy="16" r="2.5" fill="currentColor" />
      <path d={`M12 ${27 - smile / 2} Q20 ${27 + smile} 28 ${27 - smile / 2}`} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

type QuestionViewProps = {
  question: QuestionShape;
  band: AgeBand | null | undefined;
  answer: Answer | undefined;
  onChange: (answer: Answer | undefined) => void;
  error?: string;
  /** 1 on one-question-per-screen pages; 2 or 3 where several questions share a page (preview, assisted entry). */
  headingLevel?: 1 | 2 | 3;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Makes ids unique when several questions share a page; the first control's id is `${idPrefix}${question.id}`. */
  idPrefix?: string;
  /** Shown above the question (progress). */
  before?: ReactNode;
  /** "Hear it" buttons on the question and each choice; on for 4–7s unless the person says otherwise. */
  readAloud?: boolean;
  /** The language the question is written in (BCP 47), when it may differ from the page's. */
  lang?: string;
};

/** The id of a question's first control, for error summary links. */
export function controlId(questionId: string, idPrefix = 'q-'): string {
  return `${idPrefix}${questionId}`;
}

/** An inline error, as Field's ErrorMessage (not imported, to keep children's pages small). */
export function InlineError({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{t('common.errorPrefix')} </span>
      {message}
    </p>
  );
}

/** Big choices, each a whole-row touch target, with a "hear it" button each for 4–7s. */
export function OptionList({
  name,
  multiple,
  options,
  selected,
  onToggle,
  mode,
  layout,
  readAloud = mode === 'young',
  lang,
}: {
  name: string;
  multiple: boolean;
  options: readonly Option[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  mode: Mode;
  layout: 'rows' | 'numbers';
  /** Show a "hear it" button by each choice (4–7s by default). */
  readAloud?: boolean;
  /** The language the choices are written in, when not the page's. */
  lang?: string;
}) {
  const { t, language } = useTranslation();
  return (
    <div className={`answer-options answer-options--${layout} answer-options--${mode}`}>
      {options.map((option, i) => {
        const id = i === 0 ? name : `${name}-${i}`;
        return (
          <div className="answer-option" key={option.value}>
            <div className="answer-option__choice">
              <input
                className="answer-option__input"
                id={id}
                name={name}
                type={multiple ? 'checkbox' : 'radio'}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={() => onToggle(option.value)}
              />
              <label className="answer-option__label" htmlFor={id}>
                {option.picture ? (
                  <span className="answer-option__picture" aria-hidden="true">
                    {option.picture}
                  </span>
                ) : null}
                <span className="answer-option__text" lang={lang && lang !== language ? lang : undefined}>
                  {option.text}
                </span>
              </label>
            </div>
            {readAloud ? (
              <HearButton text={option.text} lang={lang} label={t('surveys.answer.hearChoice', { label: option.text })} compact />
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/**
 * One question, drawn for an age band: faces for a scale (4–11), pictures and "hear it" buttons
 * for 4–7, the band's own wording where staff wrote one. Controlled: the answer lives with the
 * caller (kept on the device by the participant pages).
 */
export function QuestionView({ question, band, answer, onChange, error, headingLevel = 1, headingRef, idPrefix = 'q-', before, readAloud, lang }: QuestionViewProps) {
  const { t, language } = useTranslation();
  const mode = modeFor(band);
  const hearing = readAloud ?? mode === 'young';
  // Content in another language than the page's is marked, so screen readers switch voice too.
  const contentLang = lang && lang !== language ? lang : undefined;
  const prompt = promptFor(question, band);
  const name = controlId(question.id, idPrefix);
  const Heading = `h${headingLevel}` as const;
  const headingClass = headingLevel === 1 ? 'question__heading question__heading--page' : 'question__heading';
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;

  const hints: string[] = [];
  if (question.type === 'MULTI_CHOICE') hints.push(t('surveys.answer.chooseAny'));
  if (question.type === 'SCALE' && mode === 'standard') hints.push(t('surveys.answer.scaleHint', { max: question.scaleMax ?? 5 }));
  if (question.type === 'TEXT') hints.push(t('surveys.answer.textHint', { max: question.maxLength ?? 2000 }));
  if (!question.required) hints.push(t('surveys.answer.canSkip'));
  const hint = hints.length ? (
    <p id={hintId} className="hint question__hint">
      {hints.join(' ')}
    </p>
  ) : null;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const hear = hearing ? <HearButton text={prompt} lang={lang} /> : null;
  const yesNoFromCatalog = question.type === 'YES_NO' && (!lang || LANGUAGES.some((l) => l.code === lang));

  if (question.type === 'TEXT') {
    return (
      <div className={error ? 'question form-group form-group--error' : 'question form-group'}>
        {before}
        <Heading className={headingClass} ref={headingRef} tabIndex={-1}>
          <label htmlFor={name} lang={contentLang}>
            {prompt}
          </label>
        </Heading>
        {hear}
        {hint}
        {error ? <InlineError id={errorId} message={error} /> : null}
        <textarea
          id={name}
          name={name}
          className={error ? 'textarea input--error' : 'textarea'}
          rows={mode === 'standard' ? 5 : 4}
          maxLength={question.maxLength ?? 2000}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={answer?.text ?? ''}
          onChange={(e) => onChange(e.target.value ? { text: e.target.value } : undefined)}
        />
      </div>
    );
  }

  let options: Option[];
  if (question.type === 'SCALE') {
    const max = question.scaleMax ?? 5;
    options = Array.from({ length: max }, (_, i) => {
      const value = i + 1;
      if (mode === 'standard') return { value: String(value), text: String(value) };
      const face = faceIndex(value, max);
      const word = t(`surveys.answer.faces.${FACE_WORDS[face]}`);
      return { value: String(value), text: max > 5 ? t('surveys.answer.facePoint', { face: word, value, max }) : word, picture: <Face index={face} /> };
    });
  } else {
    options = question.choices.map((choice, i) => ({
      value: choice.id,
      // Yes and No come from the catalog, so they show in the page's language; from the survey
      // (translated with the rest of it) only when it shows in a language the pages do not speak.
      text: yesNoFromCatalog ? t(i === 0 ? 'surveys.answer.yes' : 'surveys.answer.no') : choice.label,
      picture: choice.emoji,
    }));
  }
  const selected = question.type === 'SCALE' ? (answer?.scale ? [String(answer.scale)] : []) : (answer?.choiceIds ?? []);
  const multiple = question.type === 'MULTI_CHOICE';

  function toggle(value: string) {
    if (question.type === 'SCALE') return onChange({ scale: Number(value) });
    if (!multiple) return onChange({ choiceIds: [value] });
    const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    // Keep the survey's order, so the same choices always make the same answer.
    const ordered = question.choices.map((c) => c.id).filter((id) => next.includes(id));
    onChange(ordered.length ? { choiceIds: ordered } : undefined);
  }

  return (
    <div className={error ? 'question form-group form-group--error' : 'question form-group'}>
      {before}
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="question__legend">
          <Heading className={headingClass} ref={headingRef} tabIndex={-1} lang={contentLang}>
            {prompt}
          </Heading>
        </legend>
        {hear}
        {hint}
        {error ? <InlineError id={errorId} message={error} /> : null}
        <OptionList
          name={name}
          multiple={multiple}
          options={options}
          selected={selected}
          onToggle={toggle}
          mode={mode}
          layout={question.type === 'SCALE' && mode === 'standard' ? 'numbers' : 'rows'}
          readAloud={hearing}
          // Faces and catalog Yes/No are in the page's language.
          lang={question.type === 'SCALE' || yesNoFromCatalog ? undefined : lang}
        />
      </fieldset>
    </div>
  );
}

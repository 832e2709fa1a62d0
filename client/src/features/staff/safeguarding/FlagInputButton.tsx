import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/Field';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { FlagInputMutation } from './concerns';
import './safeguarding.css';

const NOTE_MAX = 4000;

type FlagInputButtonProps = {
  /** The voice input to flag. */
  inputId: string;
  /** Already withheld (under review): nothing to flag, so nothing renders. */
  withheld?: boolean;
  /** Called after the concern is raised (the input's own list refetches by itself). */
  onFlagged?: () => void;
};

/**
 * "Flag for safeguarding", for any page that lists voice inputs: opens a short inline form for why
 * the member of staff is worried, raises a concern (the words are withheld at once and the leads
 * told), then says so. Ids are made from `inputId`, so many can sit on one page.
 */
export function FlagInputButton({ inputId, withheld, onFlagged }: FlagInputButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [flagged, setFlagged] = useState(false);
  const [note, setNote] = useState('');
  const [{ fetching }, flag] = useMutation(FlagInputMutation);
  const noteId = `flag-note-${inputId}`;
  const errors = useFormErrors<string>();
  const opener = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const field = useRef<HTMLDivElement>(null);

  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) field.current?.querySelector('textarea')?.focus();
    // Cancelled: back to the button that opened the form, not lost at the top of the page.
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [open]);
  useEffect(() => {
    if (flagged) done.current?.focus();
  }, [flagged]);

  if (flagged) {
    return (
      <p className="notice" role="status" tabIndex={-1} ref={done}>
        {t('safeguarding.flag.done')}
      </p>
    );
  }
  if (withheld) return null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const text = note.trim();
    if (!text) return errors.fail({ [noteId]: t('safeguarding.flag.errors.noteMissing') });
    if (text.length > NOTE_MAX) return errors.fail({ [noteId]: t('safeguarding.actions.errors.noteTooLong', { max: NOTE_MAX }) });
    const result = await flag({ inputId, note: text });
    if (result.data?.flagInput) {
      errors.clear();
      setFlagged(true);
      onFlagged?.();
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT' && 'note' in fieldErrors(result.error)) {
      return errors.fail({ [noteId]: t('safeguarding.flag.errors.noteMissing') });
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  if (!open) {
    return (
      <button type="button" className="button button--secondary" ref={opener} onClick={() => setOpen(true)}>
        {t('safeguarding.flag.open')}
      </button>
    );
  }

  return (
    <div className="flag-form">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate>
        <div ref={field}>
          <TextArea
            id={noteId}
            label={t('safeguarding.flag.noteLabel')}
            hint={t('safeguarding.flag.noteHint')}
            error={errors.fields[noteId]}
            value={note}
            rows={3}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="button-group">
          <Button type="submit" variant="warning" busy={fetching} busyLabel={t('safeguarding.flag.submitting')}>
            {t('safeguarding.flag.submit')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              returnFocus.current = true;
              setOpen(false);
              errors.clear();
            }}
          >
            {t('safeguarding.actions.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}

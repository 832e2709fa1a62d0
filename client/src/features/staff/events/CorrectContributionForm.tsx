import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field, TextArea } from '../../../components/Field';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { CorrectContributionMutation, eventsContext } from './eventQueries';

const MAX_TEXT = 5000;
const MAX_REASON = 1000;

/**
 * Correct what a worker wrote down at the event (a typo, a misheard word), saying why. The
 * earlier words go to the audit trail only; this page shows just the corrected ones.
 */
export function CorrectContributionForm({
  inputId,
  text: current,
  onDone,
  onCancel,
}: {
  inputId: string;
  text: string;
  onDone: (withheld: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const textId = `correct-${inputId}-text`;
  const reasonId = `correct-${inputId}-reason`;
  const [text, setText] = useState(current);
  const [reason, setReason] = useState('');
  const [{ fetching }, correct] = useMutation(CorrectContributionMutation);
  const errors = useFormErrors<string>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!text.trim()) problems[textId] = t('events.correct.errors.text');
    else if (text.trim().length > MAX_TEXT) problems[textId] = t('events.correct.errors.textTooLong');
    if (!reason.trim()) problems[reasonId] = t('events.correct.errors.reason');
    else if (reason.trim().length > MAX_REASON) problems[reasonId] = t('events.correct.errors.reasonTooLong');
    if (Object.keys(problems).length) return errors.fail(problems);
    const result = await correct({ inputId, text: text.trim(), reason: reason.trim() }, eventsContext);
    const corrected = result.data?.correctContribution;
    if (corrected) {
      errors.clear();
      return onDone(corrected.withheld);
    }
    const code = errorCode(result.error);
    if (code === 'BAD_USER_INPUT') {
      const fields = fieldErrors(result.error);
      const named: Record<string, string> = {};
      if ('text' in fields) named[textId] = t('events.correct.errors.text');
      if ('reason' in fields) named[reasonId] = t('events.correct.errors.reason');
      if (Object.keys(named).length) return errors.fail(named);
    }
    errors.fail({}, code === 'CONFLICT' ? t('events.correct.errors.conflict') : errorMessage(t, result.error));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form contribution__correct">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <TextArea id={textId} label={t('events.correct.textLabel')} hint={t('events.correct.textHint')} error={errors.fields[textId]} value={text} onChange={(e) => setText(e.target.value)} />
      <Field id={reasonId} label={t('events.correct.reasonLabel')} hint={t('events.correct.reasonHint')} error={errors.fields[reasonId]} value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />
      <div className="button-group">
        <Button type="submit" busy={fetching} busyLabel={t('events.correct.working')}>
          {t('events.correct.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('events.correct.cancel')}
        </Button>
      </div>
    </form>
  );
}

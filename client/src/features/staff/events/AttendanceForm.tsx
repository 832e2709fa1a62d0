import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { AGE_BANDS, LIMITS, RecordAttendanceMutation, type AgeBand, type StaffEvent } from './eventQueries';

const fieldId = (band: AgeBand) => `attendance-${band}`;

/** Head counts by age band, as recorded (a closed event's are final). */
export function AttendanceList({ event }: { event: StaffEvent }) {
  const { t } = useTranslation();
  if (event.totalAttendance === 0) return <p className="body">{t('events.attendance.none')}</p>;
  return (
    <>
      <p className="body">{t('events.attendance.total', { count: event.totalAttendance })}</p>
      <ul className="list">
        {event.attendance.map((a) => (
          <li key={a.ageBand}>
            {t(`events.ageBand.${a.ageBand}`)}: {a.count}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One number per age band; saving sends them all (0 clears a band). */
export function AttendanceForm({ event }: { event: StaffEvent }) {
  const { t } = useTranslation();
  const initial = Object.fromEntries(AGE_BANDS.map((band) => [band, String(event.attendance.find((a) => a.ageBand === band)?.count ?? '')])) as Record<AgeBand, string>;
  const [counts, setCounts] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, record] = useMutation(RecordAttendanceMutation);
  const errors = useFormErrors<string>();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const bad: Record<string, string> = {};
    const attendance = AGE_BANDS.map((band) => {
      const raw = counts[band].trim();
      const count = raw === '' ? 0 : Number(raw);
      if (!/^\d+$/.test(raw || '0') || count > LIMITS.attendance) bad[fieldId(band)] = t('events.attendance.errors.invalid', { band: t(`events.ageBand.${band}`) });
      return { ageBand: band, count };
    });
    if (Object.keys(bad).length) return errors.fail(bad);
    const result = await record({ eventId: event.id, attendance });
    if (result.data) {
      errors.clear();
      setSaved(true);
      return;
    }
    switch (errorCode(result.error)) {
      case 'BAD_USER_INPUT': {
        // The server names attendance.<i>.count, and the bands were sent in AGE_BANDS order.
        const path = String(result.error?.graphQLErrors[0]?.extensions?.field ?? '');
        const band = AGE_BANDS[Number(path.split('.')[1])];
        return band
          ? errors.fail({ [fieldId(band)]: t('events.attendance.errors.invalid', { band: t(`events.ageBand.${band}`) }) })
          : errors.fail({}, t('errors.unknown'));
      }
      case 'CONFLICT':
        return errors.fail({}, t('events.attendance.errors.closed'));
      default:
        return errors.fail({}, errorMessage(t, result.error));
    }
  }

  return (
    <>
      <p className="body">
        {event.totalAttendance > 0 ? t('events.attendance.total', { count: event.totalAttendance }) : t('events.attendance.none')}
      </p>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="notice" role="status" aria-live="polite">
        {saved ? t('events.attendance.saved') : null}
      </p>
      <form onSubmit={onSubmit} noValidate className="form">
        <fieldset className="fieldset" aria-describedby="attendance-hint">
          <legend className="visually-hidden">{t('events.attendance.heading')}</legend>
          <div id="attendance-hint" className="hint">
            {t('events.attendance.hint')}
          </div>
          <div className="attendance-grid">
            {AGE_BANDS.map((band) => (
              <Field
                key={band}
                id={fieldId(band)}
                label={t(`events.ageBand.${band}`)}
                error={errors.fields[fieldId(band)]}
                inputMode="numeric"
                pattern="[0-9]*"
                autoComplete="off"
                className="input--count"
                value={counts[band]}
                onChange={(e) => setCounts((c) => ({ ...c, [band]: e.target.value }))}
              />
            ))}
          </div>
        </fieldset>
        <Button type="submit" variant="secondary" busy={fetching} busyLabel={t('events.attendance.submitting')}>
          {t('events.attendance.submit')}
        </Button>
      </form>
    </>
  );
}

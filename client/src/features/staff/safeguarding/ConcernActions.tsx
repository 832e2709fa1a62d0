import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { useTranslation, type TFunction } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Checkbox } from '../../../components/Checkbox';
import { Field, TextArea } from '../../../components/Field';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { AcknowledgeMutation, CloseMutation, ReferMutation, type ConcernStatus } from './concerns';
import { WarningText } from './ConcernTags';

export type ConcernAction = 'acknowledge' | 'refer' | 'close';

// The server's limits, checked here first so the lead hears about them before sending.
const NOTE_MAX = 4000;
const REFERENCE_MAX = 200;

/** What a lead may do next from each status (the server refuses anything else with CONFLICT). */
export function actionsFor(status: ConcernStatus): ConcernAction[] {
  switch (status) {
    case 'OPEN':
      return ['acknowledge', 'refer', 'close'];
    case 'ACKNOWLEDGED':
      return ['refer', 'close'];
    case 'REFERRED':
      return ['close'];
    default:
      return [];
  }
}

type Done = (action: ConcernAction, released?: boolean) => void;
type FormProps = { concernId: string; onDone: Done; onCancel: () => void; onStale: () => void };

/**
 * Turns a failed mutation into form errors: the server's field names map to this form's inputs,
 * a concern that moved on meanwhile (CONFLICT) says so and reloads the page's data.
 */
function failWith<F extends string>(
  t: TFunction,
  errors: { fail: (fields: Partial<Record<F, string>>, form?: string) => void },
  error: CombinedError | undefined,
  fields: Partial<Record<string, [F, string]>>,
  onStale: () => void,
) {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT': {
      const next: Partial<Record<F, string>> = {};
      for (const name of Object.keys(fieldErrors(error))) {
        const mapped = fields[name];
        if (mapped) next[mapped[0]] = mapped[1];
      }
      return Object.keys(next).length ? errors.fail(next) : errors.fail({}, t('errors.unknown'));
    }
    case 'CONFLICT':
      onStale();
      return errors.fail({}, t('safeguarding.actions.conflict'));
    default:
      return errors.fail({}, errorMessage(t, error));
  }
}

/** One action's form: its own heading (focused when it opens), error summary and buttons. */
function ActionForm({
  id,
  heading,
  intro,
  errors,
  onSubmit,
  busy,
  submit,
  variant,
  onCancel,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  errors: { summary: { href?: string; message: string }[]; focusKey: number };
  onSubmit: (event: FormEvent) => void;
  busy: boolean;
  submit: string;
  variant?: 'primary' | 'warning';
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="action-panel" aria-labelledby={`${id}-heading`}>
      <h3 className="heading-m" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {intro ? <p className="body">{intro}</p> : null}
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form" id={`${id}-form`}>
        {children}
        <div className="button-group">
          <Button type="submit" variant={variant} busy={busy} busyLabel={t('safeguarding.actions.saving')}>
            {submit}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('safeguarding.actions.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function AcknowledgeForm({ concernId, onDone, onCancel, onStale }: FormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeMutation);
  const errors = useFormErrors<'acknowledge-note'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (note.trim().length > NOTE_MAX) return errors.fail({ 'acknowledge-note': t('safeguarding.actions.errors.noteTooLong', { max: NOTE_MAX }) });
    const result = await acknowledge({ id: concernId, note: note.trim() || null });
    if (result.data?.acknowledgeConcern) return onDone('acknowledge');
    failWith(t, errors, result.error, { note: ['acknowledge-note', t('safeguarding.actions.errors.noteTooLong', { max: NOTE_MAX })] }, onStale);
  }

  return (
    <ActionForm
      id="acknowledge"
      heading={t('safeguarding.actions.acknowledge.heading')}
      intro={t('safeguarding.actions.acknowledge.intro')}
      errors={errors}
      onSubmit={onSubmit}
      busy={fetching}
      submit={t('safeguarding.actions.acknowledge.submit')}
      onCancel={onCancel}
    >
      <TextArea
        id="acknowledge-note"
        label={t('safeguarding.actions.acknowledge.noteLabel')}
        hint={t('safeguarding.actions.acknowledge.noteHint')}
        optional
        error={errors.fields['acknowledge-note']}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
    </ActionForm>
  );
}

function ReferForm({ concernId, onDone, onCancel, onStale }: FormProps) {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [{ fetching }, refer] = useMutation(ReferMutation);
  const errors = useFormErrors<'refer-reference' | 'refer-note'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<'refer-reference' | 'refer-note', string>> = {};
    if (!reference.trim()) problems['refer-reference'] = t('safeguarding.actions.errors.referenceMissing');
    else if (reference.trim().length > REFERENCE_MAX) problems['refer-reference'] = t('safeguarding.actions.errors.referenceTooLong', { max: REFERENCE_MAX });
    if (note.trim().length > NOTE_MAX) problems['refer-note'] = t('safeguarding.actions.errors.noteTooLong', { max: NOTE_MAX });
    if (Object.keys(problems).length) return errors.fail(problems);

    const result = await refer({ id: concernId, reference: reference.trim(), note: note.trim() || null });
    if (result.data?.referConcern) return onDone('refer');
    failWith(
      t,
      errors,
      result.error,
      {
        reference: ['refer-reference', t('safeguarding.actions.errors.referenceInvalid')],
        note: ['refer-note', t('safeguarding.actions.errors.noteTooLong', { max: NOTE_MAX })],
      },
      onStale,
    );
  }

  return (
    <ActionForm
      id="refer"
      heading={t('safeguarding.actions.refer.heading')}
      intro={t('safeguarding.actions.refer.intro')}
      errors={errors}
      onSubmit={onSubmit}
      busy={fetching}
      submit={t('safeguarding.actions.refer.submit')}
      onCancel={onCancel}
    >
      <Field
        id="refer-reference"
        label={t('safeguarding.actions.refer.referenceLabel')}
        hint={t('safeguarding.actions.refer.referenceHint')}
        error={errors.fields['refer-reference']}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <TextArea
        id="refer-note"
        label={t('safeguarding.actions.refer.noteLabel')}
        optional
        error={errors.fields['refer-note']}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
    </ActionForm>
  );
}

function CloseForm({ concernId, onDone, onCancel, onStale }: FormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [release, setRelease] = useState(false);
  const [{ fetching }, close] = useMutation(CloseMutation);
  const errors = useFormErrors<'close-note'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) return errors.fail({ 'close-note': t('safeguarding.actions.errors.outcomeMissing') });
    if (note.trim().length > NOTE_MAX) return errors.fail({ 'close-note': t('safeguarding.actions.errors.noteTooLong', { max: NOTE_MAX }) });
    const result = await close({ id: concernId, note: note.trim(), releaseText: release });
    if (result.data?.closeConcern) return onDone('close', release);
    failWith(t, errors, result.error, { note: ['close-note', t('safeguarding.actions.errors.outcomeMissing')] }, onStale);
  }

  return (
    <ActionForm
      id="close"
      heading={t('safeguarding.actions.close.heading')}
      intro={t('safeguarding.actions.close.intro')}
      errors={errors}
      onSubmit={onSubmit}
      busy={fetching}
      submit={release ? t('safeguarding.actions.close.submitRelease') : t('safeguarding.actions.close.submit')}
      variant={release ? 'warning' : 'primary'}
      onCancel={onCancel}
    >
      <TextArea
        id="close-note"
        label={t('safeguarding.actions.close.noteLabel')}
        hint={t('safeguarding.actions.close.noteHint')}
        error={errors.fields['close-note']}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="form-group">
        <fieldset className="fieldset" aria-describedby="close-release-warning">
          <legend className="fieldset__legend">{t('safeguarding.actions.close.releaseLegend')}</legend>
          <div id="close-release-warning">
            <WarningText>{t('safeguarding.actions.close.releaseWarning')}</WarningText>
          </div>
          <Checkbox id="close-release" label={t('safeguarding.actions.close.releaseLabel')} checked={release} onChange={setRelease} />
        </fieldset>
      </div>
    </ActionForm>
  );
}

/**
 * What a lead can do with a concern, one form at a time: pick an action, fill in its form, and
 * the page confirms and reloads the concern when it is done.
 */
export function ConcernActions({ concernId, status, onDone, onStale }: { concernId: string; status: ConcernStatus; onDone: Done; onStale: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [action, setAction] = useState<ConcernAction | null>(null);
  const available = actionsFor(status);
  const open = action && available.includes(action) ? action : null;

  const props: FormProps = {
    concernId,
    onCancel: () => {
      setAction(null);
      // The form (and the focus in it) goes away: put the person back at the start of this section.
      heading.current?.focus();
    },
    onStale,
    onDone: (done, released) => {
      setAction(null);
      onDone(done, released);
    },
  };

  return (
    <section className="section" aria-labelledby="concern-actions-heading">
      <h2 className="heading-m" id="concern-actions-heading" ref={heading} tabIndex={-1}>
        {t('safeguarding.actions.heading')}
      </h2>
      {open === 'acknowledge' ? <AcknowledgeForm {...props} /> : null}
      {open === 'refer' ? <ReferForm {...props} /> : null}
      {open === 'close' ? <CloseForm {...props} /> : null}
      {open ? null : (
        <div className="button-group">
          {available.map((a) => (
            <Button key={a} variant={a === available[0] ? 'primary' : 'secondary'} onClick={() => setAction(a)}>
              {t(`safeguarding.actions.${a}.start`)}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { CheckboxGroup } from '../../../components/Checkbox';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field, TextArea } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { MergeThemesMutation, RenameThemeMutation, ThemesQuery } from './themeQueries';

const context = { additionalTypenames: ['VoiceInput', 'Theme'] };
const MAX_LABEL = 200;
const MAX_DESCRIPTION = 2000;

type RenameField = 'theme-label' | 'theme-description';

/** Rename a theme or change its description; everything tagged to it stays. */
export function RenameThemeForm({ theme, onDone }: { theme: { id: string; label: string; description?: string | null }; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState(theme.label);
  const [description, setDescription] = useState(theme.description ?? '');
  const [{ fetching }, rename] = useMutation(RenameThemeMutation);
  const errors = useFormErrors<RenameField>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<RenameField, string>> = {};
    if (!label.trim()) problems['theme-label'] = t('trace.themeEdit.errors.label');
    else if (label.trim().length > MAX_LABEL) problems['theme-label'] = t('trace.themeEdit.errors.labelTooLong');
    if (description.trim().length > MAX_DESCRIPTION) problems['theme-description'] = t('trace.themeEdit.errors.descriptionTooLong');
    if (Object.keys(problems).length) return errors.fail(problems);
    const result = await rename({ id: theme.id, label: label.trim(), description: description.trim() }, context);
    if (result.data?.renameTheme) {
      errors.clear();
      setOpen(false);
      return onDone(t('trace.themeEdit.renamed'));
    }
    const code = errorCode(result.error);
    if (code === 'CONFLICT') return errors.fail({ 'theme-label': t('trace.themeEdit.errors.labelTaken') });
    if (code === 'BAD_USER_INPUT') {
      const fields = fieldErrors(result.error);
      if ('label' in fields) return errors.fail({ 'theme-label': t('trace.themeEdit.errors.labelTooLong') });
      if ('description' in fields) return errors.fail({ 'theme-description': t('trace.themeEdit.errors.descriptionTooLong') });
    }
    errors.fail({}, errorMessage(t, result.error));
  }

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('trace.themeEdit.start')}
      </Button>
    );
  }
  return (
    <section className="section" aria-labelledby="rename-heading">
      <h2 className="heading-m" id="rename-heading">
        {t('trace.themeEdit.heading')}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        <Field id="theme-label" label={t('trace.themeEdit.labelLabel')} error={errors.fields['theme-label']} value={label} onChange={(e) => setLabel(e.target.value)} autoComplete="off" />
        <TextArea
          id="theme-description"
          label={t('trace.themeEdit.descriptionLabel')}
          hint={t('trace.themeEdit.descriptionHint')}
          optional
          error={errors.fields['theme-description']}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={3}
        />
        <div className="button-group">
          <Button type="submit" busy={fetching} busyLabel={t('trace.themeEdit.saving')}>
            {t('trace.themeEdit.save')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('trace.themeEdit.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/**
 * Fold other themes into this one: their tagged voices, proposals and decisions move here and
 * they are removed. An input tagged to both is counted once.
 */
export function MergeThemesForm({ theme, onDone }: { theme: { id: string; label: string }; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [{ data, fetching: loading, error }, reexecute] = useQuery({ query: ThemesQuery, variables: { serviceId: null }, context });
  const [fromIds, setFromIds] = useState<string[]>([]);
  const [{ fetching }, merge] = useMutation(MergeThemesMutation);
  const errors = useFormErrors<'merge-from'>();
  const others = (data?.themes ?? []).filter((x) => x.id !== theme.id);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const chosen = fromIds.filter((id) => others.some((x) => x.id === id));
    if (chosen.length === 0) return errors.fail({ 'merge-from': t('trace.themeMerge.errors.none') });
    const result = await merge({ intoId: theme.id, fromIds: chosen }, context);
    if (result.data?.mergeThemes) {
      errors.clear();
      setFromIds([]);
      return onDone(t('trace.themeMerge.merged', { count: chosen.length, label: theme.label }));
    }
    errors.fail({}, errorCode(result.error) === 'BAD_USER_INPUT' ? t('trace.themeMerge.errors.gone') : errorMessage(t, result.error));
  }

  let body;
  if (loading && !data) body = <LoadingState label={t('trace.themes.loading')} />;
  else if (error && !data) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (others.length === 0) body = <EmptyState message={t('trace.themeMerge.noOthers')} />;
  else {
    body = (
      <>
        <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
        <form onSubmit={onSubmit} noValidate className="form">
          <CheckboxGroup
            name="merge-from"
            legend={t('trace.themeMerge.legend', { label: theme.label })}
            hint={t('trace.themeMerge.hint')}
            error={errors.fields['merge-from']}
            options={others.map((x) => ({ value: x.id, label: t('trace.themeMerge.option', { label: x.label, count: x.inputCount }) }))}
            values={fromIds}
            onChange={setFromIds}
          />
          <Button type="submit" variant="warning" busy={fetching} busyLabel={t('trace.themeMerge.working')}>
            {t('trace.themeMerge.submit', { label: theme.label })}
          </Button>
        </form>
      </>
    );
  }
  return (
    <section className="section" aria-labelledby="merge-heading">
      <h2 className="heading-m" id="merge-heading">
        {t('trace.themeMerge.heading')}
      </h2>
      {body}
    </section>
  );
}

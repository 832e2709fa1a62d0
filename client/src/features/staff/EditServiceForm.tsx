import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { useTranslation } from '../../i18n/i18n';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormErrors } from '../../components/useFormErrors';
import { ServiceFields, checkService, serviceProblems, type ServiceValues } from './ServiceFields';

const UpdateServiceMutation = graphql(`
  mutation UpdateService($id: ID!, $name: String, $description: String) {
    updateService(id: $id, name: $name, description: $description) {
      id
      name
      description
    }
  }
`);

type Service = { id: string; name: string; description?: string | null };

/** ADMIN: rename a service or change its description; everything recorded about it stays with it. */
export function EditServiceForm({ service, onDone, onCancel }: { service: Service; onDone: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const prefix = `edit-${service.id}-`;
  const nameId = `${prefix}name`;
  const descriptionId = `${prefix}description`;
  const [values, setValues] = useState<ServiceValues>({ name: service.name, description: service.description ?? '' });
  const [{ fetching }, updateService] = useMutation(UpdateServiceMutation);
  const errors = useFormErrors<string>();

  function fail({ name, description, form }: ReturnType<typeof serviceProblems>) {
    errors.fail({ [nameId]: name, [descriptionId]: description }, form);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = checkService(t, values);
    if (missing.name) return fail(missing);
    // An empty description removes it.
    const result = await updateService({ id: service.id, name: values.name.trim(), description: values.description.trim() }, { additionalTypenames: ['Service'] });
    const updated = result.data?.updateService;
    if (updated) {
      errors.clear();
      return onDone(updated.name);
    }
    fail(serviceProblems(t, result.error));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-label={t('staff.services.edit.formLabel', { name: service.name })}>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <ServiceFields
        idPrefix={prefix}
        values={values}
        onChange={(next) => setValues((v) => ({ ...v, ...next }))}
        errors={{ name: errors.fields[nameId], description: errors.fields[descriptionId] }}
      />
      <div className="button-group">
        <Button type="submit" busy={fetching} busyLabel={t('staff.services.edit.saving')}>
          {t('staff.services.edit.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('staff.services.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}

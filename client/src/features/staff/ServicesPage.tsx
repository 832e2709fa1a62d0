import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormErrors } from '../../components/useFormErrors';
import { useViewer } from '../access/viewer';
import { ServicesList } from './ServicesList';
import { ServiceFields, checkService, serviceProblems, type ServiceValues } from './ServiceFields';

const CreateServiceMutation = graphql(`
  mutation CreateService($name: String!, $description: String) {
    createService(name: $name, description: $description) {
      id
      name
      description
    }
  }
`);

function AddServiceForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState<ServiceValues>({ name: '', description: '' });
  const [added, setAdded] = useState<string | undefined>();
  const [{ fetching }, createService] = useMutation(CreateServiceMutation);
  const errors = useFormErrors<'service-name' | 'service-description'>();

  function fail({ name, description, form }: ReturnType<typeof serviceProblems>) {
    errors.fail({ 'service-name': name, 'service-description': description }, form);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAdded(undefined);
    const missing = checkService(t, values);
    if (missing.name) return fail(missing);

    const result = await createService({ name: values.name.trim(), description: values.description.trim() || null });
    const service = result.data?.createService;
    if (service) {
      errors.clear();
      setValues({ name: '', description: '' });
      setAdded(service.name);
      return;
    }
    fail(serviceProblems(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="add-service-heading">
      <h2 className="heading-m" id="add-service-heading">
        {t('staff.services.add.heading')}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="notice" role="status" aria-live="polite">
        {added ? t('staff.services.add.added', { name: added }) : null}
      </p>
      <form onSubmit={onSubmit} noValidate className="form">
        <ServiceFields
          idPrefix="service-"
          values={values}
          onChange={(next) => setValues((v) => ({ ...v, ...next }))}
          errors={{ name: errors.fields['service-name'], description: errors.fields['service-description'] }}
        />
        <Button type="submit" busy={fetching} busyLabel={t('staff.services.add.submitting')}>
          {t('staff.services.add.submit')}
        </Button>
      </form>
    </section>
  );
}

export function ServicesPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isAdmin = viewer.role === 'ADMIN';
  return (
    <Page title={t('staff.services.title')} backTo="/staff" wide>
      <p className="body-l">{t('staff.services.intro')}</p>
      <ServicesList emptyHint={isAdmin ? t('staff.services.emptyAdmin') : undefined} editable={isAdmin} />
      {isAdmin ? <AddServiceForm /> : null}
    </Page>
  );
}

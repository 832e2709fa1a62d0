import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field, TextArea } from '../../components/Field';
import { errorCode, errorMessage, fieldErrors } from '../../components/errors';
import { useFormErrors } from '../../components/useFormErrors';
import { useViewer } from '../access/viewer';
import { ServicesList } from './ServicesList';

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
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [added, setAdded] = useState<string | undefined>();
  const [{ fetching }, createService] = useMutation(CreateServiceMutation);
  const errors = useFormErrors<'service-name' | 'service-description'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAdded(undefined);
    if (!name.trim()) return errors.fail({ 'service-name': t('staff.services.add.errors.nameMissing') });

    const result = await createService({ name: name.trim(), description: description.trim() || null });
    const service = result.data?.createService;
    if (service) {
      errors.clear();
      setName('');
      setDescription('');
      setAdded(service.name);
      return;
    }
    switch (errorCode(result.error)) {
      case 'BAD_USER_INPUT': {
        const fields = fieldErrors(result.error);
        const next: Partial<Record<'service-name' | 'service-description', string>> = {};
        if ('name' in fields) next['service-name'] = t('staff.services.add.errors.nameInvalid');
        if ('description' in fields) next['service-description'] = t('staff.services.add.errors.descriptionInvalid');
        return next['service-name'] || next['service-description']
          ? errors.fail(next)
          : errors.fail({}, t('errors.unknown'));
      }
      case 'CONFLICT':
        return errors.fail({ 'service-name': t('staff.services.add.errors.conflict') });
      default:
        return errors.fail({}, errorMessage(t, result.error));
    }
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
        <Field
          id="service-name"
          label={t('staff.services.add.nameLabel')}
          hint={t('staff.services.add.nameHint')}
          error={errors.fields['service-name']}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
        />
        <TextArea
          id="service-description"
          label={t('staff.services.add.descriptionLabel')}
          hint={t('staff.services.add.descriptionHint')}
          error={errors.fields['service-description']}
          optional
          value={description}
          onChange={(e) => setDescription(e.target.value)}
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
      <ServicesList emptyHint={isAdmin ? t('staff.services.emptyAdmin') : undefined} />
      {isAdmin ? <AddServiceForm /> : null}
    </Page>
  );
}

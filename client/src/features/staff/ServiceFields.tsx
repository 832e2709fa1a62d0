import type { CombinedError } from 'urql';
import { useTranslation, type TFunction } from '../../i18n/i18n';
import { Field, TextArea } from '../../components/Field';
import { errorCode, errorMessage, fieldErrors } from '../../components/errors';

export type ServiceValues = { name: string; description: string };
type Problems = { name?: string; description?: string; form?: string };

/** What is wrong before anything is sent. */
export function checkService(t: TFunction, values: ServiceValues): Problems {
  return values.name.trim() ? {} : { name: t('staff.services.add.errors.nameMissing') };
}

/** Why the server refused a service, by field where it names one, in the reader's language. */
export function serviceProblems(t: TFunction, error: CombinedError | undefined): Problems {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT': {
      const fields = fieldErrors(error);
      const problems: Problems = {};
      if ('name' in fields) problems.name = t('staff.services.add.errors.nameInvalid');
      if ('description' in fields) problems.description = t('staff.services.add.errors.descriptionInvalid');
      return problems.name || problems.description ? problems : { form: t('errors.unknown') };
    }
    case 'CONFLICT':
      return { name: t('staff.services.add.errors.conflict') };
    default:
      return { form: errorMessage(t, error) };
  }
}

/** A service's name and description, with their hints and inline errors; ids start with `idPrefix`. */
export function ServiceFields({
  idPrefix,
  values,
  onChange,
  errors,
}: {
  idPrefix: string;
  values: ServiceValues;
  onChange: (next: Partial<ServiceValues>) => void;
  errors: { name?: string; description?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        id={`${idPrefix}name`}
        label={t('staff.services.add.nameLabel')}
        hint={t('staff.services.add.nameHint')}
        error={errors.name}
        value={values.name}
        onChange={(e) => onChange({ name: e.target.value })}
        autoComplete="off"
      />
      <TextArea
        id={`${idPrefix}description`}
        label={t('staff.services.add.descriptionLabel')}
        hint={t('staff.services.add.descriptionHint')}
        error={errors.description}
        optional
        value={values.description}
        onChange={(e) => onChange({ description: e.target.value })}
      />
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { useViewer } from '../../access/viewer';
import { useDateTimeFormat } from './dates';
import './safeguarding.css';

const ScreeningSettingsQuery = graphql(`
  query ScreeningSettings {
    screeningLanguages
    screeningRuleSets {
      id
      language
      version
      active
      ruleCount
      createdAt
    }
  }
`);

const AddRuleSetMutation = graphql(`
  mutation AddScreeningRuleSet($rules: String!) {
    addScreeningRuleSet(rules: $rules) {
      id
      active
    }
  }
`);

const SetActiveMutation = graphql(`
  mutation SetScreeningRuleSetActive($id: ID!, $active: Boolean!) {
    setScreeningRuleSetActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

const RULES_FIELD = 'screening-rules-json';
const KNOWN_LANGUAGES = ['en', 'ur', 'pl'] as const;

/** A language's name in the page's language, or its tag when the catalog has no name for it. */
function useLanguageName(): (tag: string) => string {
  const { t } = useTranslation();
  return (tag) => {
    const known = KNOWN_LANGUAGES.find((k) => k === tag);
    return known ? t(`safeguarding.screening.language.${known}`) : tag;
  };
}
const context = { additionalTypenames: ['ScreeningRuleSet'] };

function AddRuleSetForm() {
  const { t } = useTranslation();
  const [json, setJson] = useState('');
  const [added, setAdded] = useState(false);
  const [{ fetching }, add] = useMutation(AddRuleSetMutation);
  const errors = useFormErrors<string>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAdded(false);
    if (!json.trim()) return errors.fail({ [RULES_FIELD]: t('safeguarding.screening.errors.missing') });
    const result = await add({ rules: json }, context);
    if (result.data?.addScreeningRuleSet) {
      errors.clear();
      setJson('');
      setAdded(true);
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT' && 'rules' in fieldErrors(result.error)) {
      // The server names the rule and the problem (in English: rule ids and patterns are technical).
      return errors.fail({ [RULES_FIELD]: t('safeguarding.screening.errors.invalid', { reason: fieldErrors(result.error).rules }) });
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      {added ? (
        <p className="notice" role="status">
          {t('safeguarding.screening.added')}
        </p>
      ) : null}
      <TextArea
        id={RULES_FIELD}
        label={t('safeguarding.screening.addLabel')}
        hint={t('safeguarding.screening.addHint')}
        error={errors.fields[RULES_FIELD]}
        value={json}
        rows={8}
        dir="ltr"
        spellCheck={false}
        onChange={(e) => setJson(e.target.value)}
      />
      <div className="button-group">
        <Button type="submit" busy={fetching} busyLabel={t('safeguarding.screening.adding')}>
          {t('safeguarding.screening.add')}
        </Button>
      </div>
    </form>
  );
}

function ToggleButton({ id, active }: { id: string; active: boolean }) {
  const { t } = useTranslation();
  const [{ fetching, error }, setActive] = useMutation(SetActiveMutation);
  return (
    <>
      <Button variant="secondary" busy={fetching} busyLabel={t('safeguarding.screening.saving')} onClick={() => setActive({ id, active: !active }, context)}>
        {active ? t('safeguarding.screening.turnOff') : t('safeguarding.screening.turnOn')}
      </Button>
      {error ? (
        <p className="error-message" role="alert">
          {errorMessage(t, error)}
        </p>
      ) : null}
    </>
  );
}

/**
 * The screening part of the organisation settings: which languages every text is screened in, and
 * the organisation's own rule sets beside the built-in ones — added as JSON and switched on or off
 * by an administrator (safeguarding leads see them). Its own component, for the settings page.
 */
export function ScreeningSettingsSection() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const formatDateTime = useDateTimeFormat();
  const languageName = useLanguageName();
  const canChange = viewer.role === 'ADMIN';
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ScreeningSettingsQuery, context });

  let body;
  if (fetching && !data) body = <LoadingState label={t('safeguarding.screening.loading')} />;
  else if (error && !data) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else {
    const sets = data?.screeningRuleSets ?? [];
    body = (
      <>
        <p className="body">{t('safeguarding.screening.languages', { languages: (data?.screeningLanguages ?? []).map(languageName).join(', ') })}</p>
        <h3 className="heading-s">{t('safeguarding.screening.ownHeading')}</h3>
        {sets.length === 0 ? (
          <EmptyState message={t('safeguarding.screening.empty')} />
        ) : (
          <table className="table">
            <caption className="visually-hidden">{t('safeguarding.screening.ownHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('safeguarding.screening.version')}</th>
                <th scope="col">{t('safeguarding.screening.languageColumn')}</th>
                <th scope="col">{t('safeguarding.screening.count')}</th>
                <th scope="col">{t('safeguarding.screening.status')}</th>
                {canChange ? <th scope="col">{t('safeguarding.screening.change')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {sets.map((set) => (
                <tr key={set.id}>
                  <td dir="ltr">
                    {set.version} <span className="voice__meta">· <time dateTime={set.createdAt}>{formatDateTime(set.createdAt)}</time></span>
                  </td>
                  <td>{languageName(set.language)}</td>
                  <td>{set.ruleCount}</td>
                  <td>{set.active ? t('safeguarding.screening.on') : t('safeguarding.screening.off')}</td>
                  {canChange ? (
                    <td>
                      <ToggleButton id={set.id} active={set.active} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canChange ? <AddRuleSetForm /> : null}
      </>
    );
  }
  return (
    <section aria-labelledby="screening-settings-heading">
      <h2 className="heading-m" id="screening-settings-heading">
        {t('safeguarding.screening.heading')}
      </h2>
      <p className="body">{t('safeguarding.screening.intro')}</p>
      {body}
    </section>
  );
}

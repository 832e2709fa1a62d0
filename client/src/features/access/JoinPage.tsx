import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { errorCode, errorMessage, fieldErrors } from '../../components/errors';
import { useFormErrors } from '../../components/useFormErrors';
import { useResetClient } from '../../urql';
import { ViewerFields, homeFor } from './viewer';

const JoinWithCodeMutation = graphql(
  `
    mutation JoinWithCode($code: String!, $ageBand: AgeBand) {
      joinWithCode(code: $code, ageBand: $ageBand) {
        ...ViewerFields
      }
    }
  `,
  [ViewerFields],
);

const AGE_BANDS = ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'PARENT_CARER', 'NOT_SAID'] as const;
type AgeBand = (typeof AGE_BANDS)[number];

/**
 * Codes are read aloud, copied from cards and typed on phones: ignore case, spaces and any kind
 * of dash. The server compares codes normalised the same way.
 */
export function normaliseCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s\-\u2010-\u2015\u2212]/g, '');
}

export default function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const location = useLocation();
  // A QR code on a printed card opens /join?code=…: the code is filled in for them.
  const [code, setCode] = useState(() => new URLSearchParams(location.search).get('code') ?? '');
  // A survey for people with a code sends them here first, then back to it.
  const from = (location.state as { from?: unknown } | null)?.from;
  const returnTo = typeof from === 'string' && from.startsWith('/s/') ? from : undefined;
  const [ageBand, setAgeBand] = useState<AgeBand | undefined>();
  const [{ fetching }, join] = useMutation(JoinWithCodeMutation);
  const errors = useFormErrors<'code' | 'ageBand'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const normalised = normaliseCode(code);
    const missing: Partial<Record<'code' | 'ageBand', string>> = {};
    if (!normalised) missing.code = t('join.errors.codeMissing');
    if (!ageBand) missing.ageBand = t('join.errors.ageMissing');
    if (missing.code || missing.ageBand) return errors.fail(missing);

    const result = await join({ code: normalised, ageBand });
    const viewer = result.data?.joinWithCode;
    if (viewer) {
      errors.clear();
      navigate(returnTo ?? homeFor(viewer.role), { replace: true });
      resetClient(); // a new person is using this device: start with an empty cache
      return;
    }
    switch (errorCode(result.error)) {
      case 'BAD_USER_INPUT': {
        const fields = fieldErrors(result.error);
        return errors.fail(
          'ageBand' in fields && !('code' in fields)
            ? { ageBand: t('join.errors.ageMissing') }
            : { code: t('join.errors.codeInvalid') },
        );
      }
      case 'NOT_FOUND':
        return errors.fail({ code: t('join.errors.codeInvalid') });
      case 'CONFLICT':
        return errors.fail({ code: t('join.errors.codeUsed') });
      default:
        return errors.fail({}, errorMessage(t, result.error));
    }
  }

  return (
    <Page title={t('join.title')} backTo="/">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="body">{t('join.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <Field
          id="code"
          label={t('join.codeLabel')}
          hint={t('join.codeHint')}
          error={errors.fields.code}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          className="input--code"
          dir="ltr"
        />
        <Radios
          name="ageBand"
          legend={t('join.ageLegend')}
          hint={t('join.ageWhy')}
          error={errors.fields.ageBand}
          value={ageBand}
          onChange={setAgeBand}
          large
          options={AGE_BANDS.map((value) => ({ value, label: t(`ageBand.${value}`) }))}
        />
        <p className="body inset-text">{t('join.stayPrivate')}</p>
        <Button type="submit" large busy={fetching} busyLabel={t('join.submitting')}>
          {t('join.submit')}
        </Button>
      </form>
    </Page>
  );
}

import type { ReactNode } from 'react';
import { readFragment, type FragmentOf } from '../../../graphql';
import { Link } from '../../../components/router';
import { Checkbox } from '../../../components/Checkbox';
import { useTranslation } from '../../../i18n/i18n';
import { useDateFormat } from '../trace/common';
import { InputFields } from './themeQueries';

type Selectable = { checked: boolean; onChange: (checked: boolean) => void };

/**
 * One voice input: the words (or that they are withheld), where and when, its themes and a link to
 * its trace. With `select`, the words are the label of a checkbox.
 */
export function InputItem({ input: masked, select, action }: { input: FragmentOf<typeof InputFields>; select?: Selectable; action?: ReactNode }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const input = readFragment(InputFields, masked);
  const words = input.withheld || input.text === null ? t('trace.common.withheld') : `“${input.text}”`;
  return (
    <>
      {select ? (
        <Checkbox id={`input-${input.id}`} label={<span className="trace-input__text">{words}</span>} checked={select.checked} onChange={select.onChange} />
      ) : (
        <p className={input.withheld ? 'trace-input__text trace-input__text--withheld' : 'trace-input__text'}>{words}</p>
      )}
      <p className="trace-input__meta">
        {[t(`trace.kind.${input.kind}`), input.sourceTitle, input.ageBand ? t(`ageBand.${input.ageBand}`) : null, date(input.createdAt)].filter(Boolean).join(' · ')}
        {' · '}
        <Link to={`/staff/trace/input/${input.id}`} className="link">
          {t('trace.common.traceLink')}
        </Link>
      </p>
      {input.themes.length ? (
        <p className="trace-input__meta">
          {t('trace.common.themes')}:{' '}
          {input.themes.map((theme) => (
            <Link key={theme.id} to={`/staff/themes/${theme.id}`} className="trace-tag trace-tag--theme">
              {theme.label}
            </Link>
          ))}
        </p>
      ) : null}
      {action}
    </>
  );
}

import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react';
import { interpolate, useTranslation, type MessageKey, type MessageValues } from './i18n';

type TransProps = {
  i18nKey: MessageKey;
  values?: MessageValues;
  /** Elements for the message's tags: `<childline>0800 1111</childline>` → components.childline. */
  components: Record<string, ReactElement<{ children?: ReactNode }>>;
};

const TAG = /<(\w+)>([\s\S]*?)<\/\1>|<(\w+)\s*\/>/g;

function render(message: string, components: TransProps['components'], values?: MessageValues): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of message.matchAll(TAG)) {
    if (match.index > last) nodes.push(interpolate(message.slice(last, match.index), values));
    const name = match[1] ?? match[3];
    const element = components[name];
    const inner = match[2] === undefined ? undefined : render(match[2], components, values);
    // A tag with no component shows its text, so a translator's typo never hides words.
    nodes.push(
      element
        ? cloneElement(element, { key: nodes.length }, ...(inner ?? []))
        : <Fragment key={nodes.length}>{inner}</Fragment>,
    );
    last = match.index + match[0].length;
  }
  if (last < message.length) nodes.push(interpolate(message.slice(last), values));
  return nodes;
}

/**
 * A translated sentence with elements inside it (links, emphasis), so translators can move them
 * within the sentence. Text is never parsed as HTML: only the named tags become elements.
 */
export function Trans({ i18nKey, values, components }: TransProps) {
  const { t } = useTranslation();
  // Tags are found before values go in, so a value (a name someone typed) can never become a link.
  // `count` still picks the plural form.
  const count = typeof values?.count === 'number' ? { count: values.count } : undefined;
  const message = t(i18nKey, count ? { ...placeholders(values), ...count } : placeholders(values));
  return <>{render(message, components, values)}</>;
}

function placeholders(values: MessageValues | undefined): MessageValues | undefined {
  if (!values) return undefined;
  return Object.fromEntries(Object.keys(values).map((name) => [name, `{{${name}}}`]));
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { Button, ButtonLink } from '../../components/Button';
import { isKept, keepReceipt } from './keptReceipts';

export type Receipt = {
  receiptCode: string;
  duplicate: boolean;
  support: { message: string; contacts: readonly { name: string; phone: string | null; url: string | null }[] } | null;
};

/**
 * After sending: support first when what they wrote may need help (calm, with who to talk to now),
 * then the receipt code, large and spaced for reading aloud, and what happens next.
 */
/**
 * Keeping the code on this phone is the person's choice, explained when it is asked (a shared
 * phone shows it to whoever holds it); nothing is kept unless they press the button.
 */
function KeepOnPhone({ code, title, language }: { code: string; title: string; language: string }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(() => isKept(code));
  const [failed, setFailed] = useState(false);
  return (
    <section className="keep-receipt" aria-labelledby="keep-heading">
      <h2 className="heading-m" id="keep-heading">
        {t('participant.keep.heading')}
      </h2>
      {kept ? (
        <p className="body-l" role="status">
          {t('participant.keep.kept')}
        </p>
      ) : (
        <>
          <p className="body">{t('participant.keep.intro')}</p>
          <p className="body">{t('participant.keep.shared')}</p>
          <Button
            variant="secondary"
            large
            onClick={() => {
              const ok = keepReceipt({ code, title, language });
              setKept(ok);
              setFailed(!ok);
            }}
          >
            {t('participant.keep.button')}
          </Button>
          {failed ? (
            <p className="body" role="status">
              {t('participant.keep.failed')}
            </p>
          ) : null}
        </>
      )}
      <ButtonLink to="/me" variant="secondary" large>
        {t('participant.keep.seeAll')}
      </ButtonLink>
    </section>
  );
}

export default function ReceiptView({
  receipt,
  survey,
  language,
}: {
  receipt: Receipt;
  survey: { title: string; whatHappensNext: string };
  /** The language the survey's words showed in. */
  language: string;
}) {
  const { t } = useTranslation();
  const title = t('surveys.take.receipt.title');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.titleSuffix')}`;
  }, [title, t]);
  // The receipt always follows another screen (sending, or waiting for a signal): announce it.
  useEffect(() => headingRef.current?.focus(), []);
  const parts = receipt.receiptCode.split('-');

  return (
    <div className="width-container">
      <main id="main-content" className="main survey" tabIndex={-1}>
        <h1 className="heading-xl" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {receipt.support ? (
          <section className="support-panel" aria-labelledby="support-heading">
            <h2 className="heading-m" id="support-heading">
              {t('surveys.take.receipt.supportHeading')}
            </h2>
            <p className="body-l">{receipt.support.message}</p>
            <ul className="support-panel__contacts">
              {receipt.support.contacts.map((contact) => (
                <li key={contact.name} className="support-panel__contact">
                  <span className="support-panel__name">{contact.name}</span>
                  {contact.phone ? (
                    // Tap to call; always left-to-right, so "0800 1111" never reads "1111 0800" in Urdu.
                    <a className="button button--secondary support-panel__call" href={`tel:${contact.phone.replace(/\s+/g, '')}`} dir="ltr">
                      {contact.phone}
                    </a>
                  ) : null}
                  {contact.url ? (
                    <a className="link link--standalone" href={contact.url} dir="ltr" rel="noreferrer">
                      {contact.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
                    </a>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section className="receipt" aria-labelledby="receipt-heading">
          <h2 className="heading-m" id="receipt-heading">
            {t('surveys.take.receipt.codeHeading')}
          </h2>
          <p className="receipt__code" dir="ltr" lang="en">
            {/* Real spaces between the parts, so a screen reader reads them as words. */}
            {parts.map((part, i) => (
              <span key={i}>
                {i > 0 ? ' ' : null}
                <span className="receipt__part">{part}</span>
              </span>
            ))}
          </p>
          <p className="body">{t('surveys.take.receipt.codeHint')}</p>
        </section>

        <KeepOnPhone code={receipt.receiptCode} title={survey.title} language={language} />

        <h2 className="heading-m">{t('surveys.take.whatNext')}</h2>
        <p className="body survey__text">{survey.whatHappensNext}</p>
        <ButtonLink to="/" variant="secondary" large>
          {t('surveys.take.receipt.done')}
        </ButtonLink>
      </main>
    </div>
  );
}

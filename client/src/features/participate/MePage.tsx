import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql';
import { useTranslation, type LanguageCode } from '../../i18n/i18n';
import { Trans } from '../../i18n/Trans';
import { Page } from '../../components/Page';
import { Button, ButtonLink } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { forgetReceipt, keptReceipts, markSeen, type KeptReceipt } from './keptReceipts';
import './me.css';

// What has happened since: the receipt lookup, with the survey's title in the page's language
// where it was translated. Never the person's words.
const KeptReceiptQuery = graphql(`
  query KeptReceipt($code: String!, $language: String) {
    receipt(code: $code, language: $language) {
      submittedAt
      sourceTitle
      themes
      outcomes {
        decidedAt
        amendedAt
      }
    }
  }
`);

const LOCALES: Record<LanguageCode, string> = { en: 'en-GB', ur: 'ur-PK', pl: 'pl-PL' };

type KeptReceiptResult = ResultOf<typeof KeptReceiptQuery>;

function useDay() {
  const { language } = useTranslation();
  return (at: number) => new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(at));
}

/**
 * New since the person last opened what happened: a decision they have not seen (a decision's own
 * date can be earlier than the day it was published, so decisions are counted), or one amended since.
 */
function isNews(kept: KeptReceipt, outcomes: ReadonlyArray<{ amendedAt: string | null }>): boolean {
  return outcomes.length > (kept.seenDecisions ?? 0) || outcomes.some((o) => o.amendedAt !== null && Date.parse(o.amendedAt) > kept.seenAt);
}

/** What has happened since: still reading, read, or decided (with the latest decision's date), and whether that is new. */
function News({ kept, data, fetching }: { kept: KeptReceipt; data: KeptReceiptResult | undefined; fetching: boolean }) {
  const { t } = useTranslation();
  const day = useDay();
  if (fetching && !data) return <LoadingState label={t('participant.my.checking')} />;
  if (!data) return <p className="body my-answer__status">{t('participant.my.offline')}</p>;
  const receipt = data.receipt;
  if (!receipt) return <p className="body my-answer__status">{t('participant.my.gone')}</p>;
  const latest = Math.max(0, ...receipt.outcomes.map((o) => Date.parse(o.amendedAt ?? o.decidedAt)));
  return (
    <>
      <p className="body my-answer__status">
        {receipt.outcomes.length
          ? t('participant.my.decided', { count: receipt.outcomes.length, date: day(latest) })
          : receipt.themes.length
            ? t('participant.my.read')
            : t('participant.my.reading')}
      </p>
      {isNews(kept, receipt.outcomes) ? <p className="my-answer__new">{t('participant.my.new')}</p> : null}
    </>
  );
}

function KeptItem({ kept, index, onForget }: { kept: KeptReceipt; index: number; onForget: () => void }) {
  const { t, language } = useTranslation();
  const day = useDay();
  const [{ data, fetching }] = useQuery({ query: KeptReceiptQuery, variables: { code: kept.code, language }, requestPolicy: 'cache-and-network' });
  // The title in the page's language once the server has answered; until then, as it was when answered.
  const title = data?.receipt?.sourceTitle ?? kept.title;
  const titleId = `kept-${index}`;
  return (
    <li className="my-answer">
      <h3 className="heading-s my-answer__title" id={titleId} lang={data?.receipt || kept.language === language ? undefined : kept.language}>
        {title}
      </h3>
      <p className="body">{t('participant.my.answeredOn', { date: day(kept.answeredAt) })}</p>
      <p className="body">
        {t('participant.my.code')}{' '}
        <span className="my-answer__code" dir="ltr" lang="en">
          {kept.code.split('-').join(' ')}
        </span>
      </p>
      <News kept={kept} data={data} fetching={fetching} />
      <div className="my-answer__actions">
        <ButtonLink to="/receipt" state={{ code: kept.code }} onClick={() => markSeen(kept.code, data?.receipt?.outcomes.length ?? kept.seenDecisions ?? 0)} large aria-describedby={titleId}>
          {t('participant.my.see')}
        </ButtonLink>
        <Button variant="secondary" onClick={onForget} aria-describedby={titleId}>
          {t('participant.my.forget')}
        </Button>
      </div>
    </li>
  );
}

/** The answers this phone kept (keptReceipts.ts) and what has happened to each since. */
function KeptAnswers() {
  const { t } = useTranslation();
  const [kept, setKept] = useState(keptReceipts);
  return (
    <section className="my-answers" aria-labelledby="my-answers-heading">
      <h2 className="heading-m" id="my-answers-heading">
        {t('participant.my.heading')}
      </h2>
      {kept.length === 0 ? (
        <EmptyState message={t('participant.my.empty')}>
          <p className="body">{t('participant.my.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="body">{t('participant.my.intro')}</p>
          <ul className="my-answers__list">
            {kept.map((r, i) => (
              <KeptItem
                key={r.code}
                kept={r}
                index={i}
                onForget={() => {
                  forgetReceipt(r.code);
                  setKept(keptReceipts());
                }}
              />
            ))}
          </ul>
          <p className="body">{t('participant.my.forgetHint')}</p>
        </>
      )}
    </section>
  );
}

/**
 * /me — the phone-first home. Anyone can open it: it lists the answers this phone kept. Someone who
 * joined with a code also sees what they can do next; someone who did not is offered to join.
 */
export function MePage({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <Page title={signedIn ? t('participant.title') : t('participant.my.title')}>
      {signedIn ? (
        <>
          <p className="body-l">{t('participant.intro')}</p>
          <h2 className="heading-m">{t('participant.nextHeading')}</h2>
          <ul className="list list--bullet">
            <li>{t('participant.nextSurveys')}</li>
            <li>{t('participant.nextReceipt')}</li>
            <li>{t('participant.nextSkip')}</li>
          </ul>
          <p className="inset-text body">{t('participant.leaveHint')}</p>
        </>
      ) : null}
      <KeptAnswers />
      {signedIn ? null : (
        <>
          <h2 className="heading-m">{t('participant.my.haveCode')}</h2>
          <ButtonLink to="/join" variant="secondary" large>
            {t('participant.my.join')}
          </ButtonLink>
        </>
      )}
      <h2 className="heading-m">{t('participant.helpHeading')}</h2>
      <p className="body">
        {/* Phone numbers are links (one tap on a phone) and always left-to-right, so "0800 1111"
            never shows as "1111 0800" inside Urdu text. */}
        <Trans
          i18nKey="participant.helpBody"
          components={{
            childline: <a href="tel:08001111" dir="ltr" className="link" />,
            emergency: <a href="tel:999" dir="ltr" className="link" />,
          }}
        />
      </p>
    </Page>
  );
}

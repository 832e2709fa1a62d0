import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import { useParams } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Trans } from '../../i18n/Trans';
import { Page } from '../../components/Page';
import { LoadingState } from '../../components/LoadingState';
import { ErrorState } from '../../components/ErrorState';
import './eventFeedback.css';

const EventFeedbackQuery = graphql(`
  query EventFeedback($code: String!) {
    eventFeedback(code: $code) {
      title
      kind
      startsAt
      venue
      whatWeHeard
      quotes {
        text
        capture
      }
    }
  }
`);

const LOCALES = { en: 'en-GB', ur: 'ur-PK', pl: 'pl-PL' } as const;

/**
 * /e/:code — the "what we heard" page of a closed event, from the link or QR code handed out
 * there: public, phone-first, plain words. Only quotes people agreed to share; never a name.
 */
export default function EventFeedbackPage() {
  const { t, language } = useTranslation();
  const { code = '' } = useParams<'code'>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EventFeedbackQuery, variables: { code } });
  const feedback = data?.eventFeedback;

  if (fetching && !data) {
    return (
      <Page title={t('eventFeedback.loading')}>
        <LoadingState label={t('eventFeedback.loading')} />
      </Page>
    );
  }
  if (!feedback) {
    return (
      <Page title={t('notFound.title')}>
        {error ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : <p className="body-l">{t('eventFeedback.notFound')}</p>}
      </Page>
    );
  }

  const date = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(feedback.startsAt));
  const kind = t(`eventFeedback.kind.${feedback.kind}`);
  return (
    <Page title={feedback.title}>
      <p className="body-l feedback__when">
        {feedback.venue ? t('eventFeedback.whereWhen', { kind, date, venue: feedback.venue }) : t('eventFeedback.when', { kind, date })}
      </p>
      <p className="body-l">{t('eventFeedback.intro')}</p>

      <h2 className="heading-m">{t('eventFeedback.heardHeading')}</h2>
      <div className="feedback__heard">
        <p className="body-l prewrap">{feedback.whatWeHeard}</p>
      </div>

      {feedback.quotes.length ? (
        <>
          <h2 className="heading-m">{t('eventFeedback.quotesHeading')}</h2>
          <p className="body">{t('eventFeedback.quotesIntro')}</p>
          <ul className="feedback__quotes">
            {feedback.quotes.map((quote, i) => (
              <li key={i} className="feedback__quote">
                {quote.capture === 'SUMMARISED' ? (
                  // A worker's summary is never shown as the child's own words.
                  <p className="body prewrap">{quote.text}</p>
                ) : (
                  <blockquote className="feedback__blockquote">
                    <p className="body prewrap">“{quote.text}”</p>
                  </blockquote>
                )}
                <p className="feedback__capture">
                  {quote.capture === 'OWN_WORDS'
                    ? t('eventFeedback.ownWords')
                    : quote.capture === 'SUMMARISED'
                      ? t('eventFeedback.summary')
                      : t('eventFeedback.scribed')}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 className="heading-m">{t('eventFeedback.nextHeading')}</h2>
      <p className="body">{t('eventFeedback.next')}</p>

      <h2 className="heading-m">{t('eventFeedback.helpHeading')}</h2>
      <p className="body">
        <Trans
          i18nKey="eventFeedback.helpBody"
          components={{
            childline: <a href="tel:08001111" dir="ltr" className="link" />,
            emergency: <a href="tel:999" dir="ltr" className="link" />,
          }}
        />
      </p>
    </Page>
  );
}

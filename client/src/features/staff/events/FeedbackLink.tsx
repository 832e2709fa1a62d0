import { useEffect, useState } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { LoadingState } from '../../../components/LoadingState';

/** The public "what we heard" page of a closed event, as a link, its code and a QR code to print or show. */
export function FeedbackLink({ code, title }: { code: string; title: string }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/e/${code}`;
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // qrcode loads with this page only (staff bundle), and draws on this device: no third party.
    void import('qrcode').then(({ toDataURL }) =>
      toDataURL(url, { margin: 2, width: 240, errorCorrectionLevel: 'M' }).then((data) => current && setQr(data)),
    );
    return () => {
      current = false;
    };
  }, [url]);

  return (
    <section className="section" aria-labelledby="feedback-link-heading">
      <h2 className="heading-m" id="feedback-link-heading">
        {t('events.closed.feedbackHeading')}
      </h2>
      <p className="body">{t('events.closed.feedbackIntro')}</p>
      <p className="body">
        <a href={`/e/${code}`} className="link link--standalone" id="feedback-link">
          {url}
        </a>
      </p>
      <p className="body">{t('events.closed.feedbackCode', { code })}</p>
      {qr ? <img className="qr-code" src={qr} width={240} height={240} alt={t('events.closed.qrAlt', { title })} /> : <LoadingState label={t('events.closed.qrLoading')} />}
    </section>
  );
}

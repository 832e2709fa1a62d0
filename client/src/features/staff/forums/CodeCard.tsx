import { useEffect, useState } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import type { Invite } from './forumQueries';

type QrModule = typeof import('qrcode');
let qrModule: Promise<QrModule> | null = null;
/** qrcode loads with the first card drawn, in the staff chunk only. */
function loadQr(): Promise<QrModule> {
  return (qrModule ??= import('qrcode').then((m) => (m as unknown as { default?: QrModule }).default ?? m));
}

function useQrSvg(text: string): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadQr()
      .then((qr) => qr.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((markup) => live && setSvg(markup));
    return () => {
      live = false;
    };
  }, [text]);
  return svg;
}

/**
 * A printable card for one young person: their name, the join code in big letters, and a QR code
 * that opens the join page with the code filled in. Drawn here; nothing is fetched.
 */
export function CodeCard({ invite, forumName }: { invite: Invite; forumName: string }) {
  const { t, language } = useTranslation();
  const joinUrl = `${window.location.origin}/join?code=${encodeURIComponent(invite.joinCode)}`;
  const svg = useQrSvg(joinUrl);
  const expires = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(invite.expiresAt));
  return (
    <li className="forum-card">
      <p className="forum-card__forum">{forumName}</p>
      <h3 className="heading-m forum-card__name">{invite.member.displayName}</h3>
      <div
        className="forum-card__qr"
        role="img"
        aria-label={t('staffForums.card.qrLabel', { name: invite.member.displayName })}
        aria-busy={svg ? undefined : true}
        // qrcode's own SVG for a URL we built: no user HTML.
        dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
      />
      <p className="forum-card__step">{t('staffForums.card.step', { address: `${window.location.host}/join` })}</p>
      <p className="forum-card__code" data-testid="join-code">
        {invite.joinCode}
      </p>
      <p className="forum-card__small">{t('staffForums.card.expires', { date: expires })}</p>
      <p className="forum-card__small">{t('staffForums.card.private')}</p>
    </li>
  );
}

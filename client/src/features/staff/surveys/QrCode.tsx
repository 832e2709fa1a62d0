import { useEffect, useState } from 'react';

type QrModule = typeof import('qrcode');
let qrModule: Promise<QrModule> | null = null;
/** qrcode loads the first time a code is drawn, only on the staff pages that draw them. */
function loadQr(): Promise<QrModule> {
  return (qrModule ??= import('qrcode').then((m) => ((m as unknown as { default?: QrModule }).default ?? m)));
}

/** An SVG QR code for `text` (scalable for posters; drawn here, nothing fetched). */
export function useQrSvg(text: string): string | null {
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

/** A PNG data URL of the QR code for `text`, for downloading. */
export function useQrPng(text: string, width = 1024): string | null {
  const [png, setPng] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadQr()
      .then((qr) => qr.toDataURL(text, { width, margin: 2, errorCorrectionLevel: 'M' }))
      .then((url) => live && setPng(url));
    return () => {
      live = false;
    };
  }, [text, width]);
  return png;
}

/** The QR code as an image with a text alternative (the SVG comes from our own generator, not from input). */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const svg = useQrSvg(text);
  return (
    <div
      className={['qr-code', className ?? ''].filter(Boolean).join(' ')}
      role="img"
      aria-label={label}
      aria-busy={svg ? undefined : true}
      // The markup is qrcode's own SVG for a URL we built: no user HTML.
      dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
    />
  );
}

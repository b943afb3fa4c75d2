// The QR code as an image (SVG drawn locally by the qrcode package: no network, works offline).
import { useEffect, useState } from 'react';
import { qrSvg } from './qr.ts';

export function QrImage({ text, alt, tooLong }: { text: string; alt: string; tooLong: string }) {
  const [state, setState] = useState<{ text: string; src?: string; failed?: boolean }>();
  useEffect(() => {
    let current = true;
    qrSvg(text).then(
      (svg) => current && setState({ text, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }),
      () => current && setState({ text, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [text]);
  if (state?.text !== text) return null;
  if (state.failed) return <p>{tooLong}</p>;
  return <img className="referral-qr-img" src={state.src} alt={alt} width={240} height={240} />;
}

// A QR code is only useful if a phone reads back exactly the text: encode to PNG, decode with jsQR, compare.
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { composeMessage } from '../../src/referral/message.ts';
import { QR_MAX_BYTES, qrSvg, qrText } from '../../src/referral/qr.ts';
import { item, lektiecafe, mentor, translatorFor } from './referral-fixtures.ts';

async function scan(text: string): Promise<string | undefined> {
  const png = PNG.sync.read(await QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, scale: 4 }));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const message = (lng: string, offers = [lektiecafe, mentor]) =>
  composeMessage({ items: offers.map(item), language: lng, t: translatorFor(lng), note: 'Hilsen fra skolen; ring, når I vil.' });

describe('QR code', () => {
  it('is a vCard 3.0 for a single offer, and scans back to the same card', async () => {
    const card = qrText(message('da', [lektiecafe]));
    expect(card.split('\r\n')).toEqual(
      expect.arrayContaining([
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Lektiecafé i Viby',
        'ORG:Børns Voksenvenner Aarhus',
        'TEL;TYPE=WORK,VOICE:+45 00 00 12 34',
        'ADR;TYPE=WORK:;;Viby Torv 5\\, 8260 Viby J;;;;',
        'URL:https://lektiecafe.example.org/viby',
        'END:VCARD',
      ]),
    );
    expect(await scan(card)).toBe(card);
  });

  it('writes the card note in Arabic for an Arabic family and scans back intact', async () => {
    const card = qrText(message('ar', [lektiecafe]));
    expect(card).toContain('NOTE:الاثنين والأربعاء');
    expect(await scan(card)).toBe(card);
  });

  it.each(['ar', 'uk', 'de', 'fa'])('is the short text with phone numbers for several offers in %s, scanned back intact', async (lng) => {
    const text = qrText(message(lng));
    expect(text).not.toContain('BEGIN:VCARD');
    expect(text).toContain('+45 00 00 12 34');
    expect(text).toContain('+45 00 00 00 01');
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(QR_MAX_BYTES);
    expect(await scan(text)).toBe(text);
  });

  it('drops times, then addresses, to stay scannable with many offers, but keeps every phone number', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...lektiecafe, id: `cafe-${i}`, phones: [{ number: `+45 00 00 10 ${String(i).padStart(2, '0')}` }] }));
    const text = qrText(message('ar', many));
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(QR_MAX_BYTES);
    for (let i = 0; i < 12; i++) expect(text).toContain(`+45 00 00 10 ${String(i).padStart(2, '0')}`);
    expect(text).not.toContain('الاثنين');
  });

  it('renders as an SVG image', async () => {
    const svg = await qrSvg('hello');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
  });
});

// What the family scans: a contact card for one offer (lands straight in the phone's contacts),
// or the short text with names and phone numbers for several; kept small enough to scan easily.
import QRCode from 'qrcode';
import type { FamilyMessage, OfferMessage } from './message.ts';
import { shortLines, toPlainText, type ShortDetail } from './layout.ts';

/** Byte budget of a QR code that a phone still reads from paper or a screen (version ≈ 25 at level M). */
export const QR_MAX_BYTES = 1000;

/** RFC 2426 text value escaping. */
function vEscape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

export function vCard(o: OfferMessage, msg: FamilyMessage): string {
  const note = [...o.times.map((t) => t.text), ...(o.free ? [msg.labels.free] : []), ...(o.summary ? [o.summary.text] : [])];
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:;${vEscape(o.name.text)};;;`,
    `FN:${vEscape(o.name.text)}`,
    ...(o.organisation ? [`ORG:${vEscape(o.organisation)}`] : []),
    ...o.phones.map((p) => `TEL;TYPE=WORK,VOICE:${vEscape(p.number)}`),
    ...(o.email ? [`EMAIL;TYPE=INTERNET:${vEscape(o.email)}`] : []),
    ...o.addresses.map((a) => `ADR;TYPE=WORK:;;${vEscape(a.line)};;;;`),
    ...(o.website ? [`URL:${vEscape(o.website)}`] : []),
    ...(note.length > 0 ? [`NOTE:${vEscape(note.join('\n'))}`] : []),
    'END:VCARD',
  ];
  return lines.join('\r\n');
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** The most detailed short text that fits the byte budget; names and phone numbers always stay. */
export function qrText(msg: FamilyMessage): string {
  if (msg.offers.length === 1) {
    const card = vCard(msg.offers[0], msg);
    if (bytes(card) <= QR_MAX_BYTES) return card;
  }
  const tiers: ShortDetail[] = ['times', 'addresses', 'phones'];
  const texts = tiers.map((detail) => toPlainText(shortLines(msg, detail), msg.dir));
  return texts.find((text) => bytes(text) <= QR_MAX_BYTES) ?? texts[texts.length - 1];
}

/** An SVG image of the QR code; level M survives a crease or a smudge on a printed slip. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

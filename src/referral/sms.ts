// An SMS is billed and split in segments whose size depends on the alphabet (GSM 03.38 7-bit or
// UCS-2), so the SMS text is kept in GSM-7 where the language allows and its length is measured.

// GSM 03.38 basic character set (one septet each) and its extension table (escape + one septet).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';
const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
}

/** Longest text that still fits into a single SMS / into each part of a split one. */
const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
};

/** Within this many segments an SMS counts as short enough to send without a warning. */
export const SMS_MAX_SEGMENTS = 3;

export function smsLength(text: string): SmsLength {
  let septets = 0;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extended.has(ch)) septets += 2;
    else return segmentsOf('UCS-2', text.length);
  }
  return segmentsOf('GSM-7', septets);
}

function segmentsOf(encoding: SmsEncoding, units: number): SmsLength {
  const { single, part } = LIMITS[encoding];
  return { encoding, units, segments: units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part) };
}

// Typography that Intl and catalogue texts bring in but GSM-7 lacks; one such character would
// turn a Danish or German SMS into UCS-2 and more than double its segments.
const TO_GSM: [RegExp, string][] = [
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/[\u2018\u2019\u201A\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u2033]/g, '"'],
  [/\u2026/g, '...'],
  [/[\u00A0\u2000-\u200A\u202F\u205F]/g, ' '],
];

/** Replaces typographic look-alikes with GSM-7 characters, but only if that makes the whole text GSM-7. */
export function preferGsm(text: string): string {
  const plain = TO_GSM.reduce((s, [re, to]) => s.replace(re, to), text);
  return smsLength(plain).encoding === 'GSM-7' ? plain : text;
}

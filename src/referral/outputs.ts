// Everything a referral can be sent as, derived from one composed message.
import { fullLines, shortLines, toPlainText } from './layout.ts';
import { mailtoUri, smsUri } from './links.ts';
import type { FamilyMessage } from './message.ts';
import { preferGsm, smsLength, SMS_MAX_SEGMENTS, type SmsLength } from './sms.ts';
import { qrText } from './qr.ts';

export interface ReferralOutputs {
  /** For the share sheet, the clipboard and e-mail. */
  text: string;
  sms: { text: string; length: SmsLength; long: boolean; uri: string };
  mailto: string;
  qr: string;
}

export function referralOutputs(msg: FamilyMessage): ReferralOutputs {
  const text = toPlainText(fullLines(msg), msg.dir);
  const sms = preferGsm(toPlainText(shortLines(msg), msg.dir));
  const length = smsLength(sms);
  return {
    text,
    sms: { text: sms, length, long: length.segments > SMS_MAX_SEGMENTS, uri: smsUri(sms) },
    mailto: mailtoUri(msg.subject, text),
    qr: qrText(msg),
  };
}

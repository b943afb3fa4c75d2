// Hands a message to the phone's SMS and mail apps through URIs both iOS and Android understand.

/** `sms:?&body=` is read by iOS (which wants `&body`) and Android (which takes `?body`) alike. */
export function smsUri(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}

/** No recipient: the family's address is neither asked for nor kept; the mail app asks for it. */
export function mailtoUri(subject: string, body: string): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

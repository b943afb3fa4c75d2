// sms: and mailto: links must carry æøå, Arabic and line breaks intact, and SMS length must be measured right.
import { describe, expect, it } from 'vitest';
import { mailtoUri, smsUri } from '../../src/referral/links.ts';
import { preferGsm, smsLength } from '../../src/referral/sms.ts';
import { composeMessage } from '../../src/referral/message.ts';
import { referralOutputs } from '../../src/referral/outputs.ts';
import { item, lektiecafe, mentor, translatorFor } from './referral-fixtures.ts';

const samples = ['Æblegade 7, 8000 Aarhus C\nÅbningstider: mandag', 'الهاتف: \u200E+45 00 00 12 34\u200E\nأوقات العمل', 'a&b=c?d#e+f 50 % / ü'];

describe('sms: link', () => {
  it.each(samples)('round-trips %j', (body) => {
    const uri = smsUri(body);
    expect(uri.startsWith('sms:?&body=')).toBe(true);
    expect(uri).not.toMatch(/[\s#]/);
    const encoded = uri.slice('sms:?&body='.length);
    expect(encoded).not.toContain('&');
    expect(decodeURIComponent(encoded)).toBe(body);
    expect(new URLSearchParams(uri.slice('sms:?'.length)).get('body')).toBe(body);
  });

  it('encodes line breaks as %0A and Danish letters as UTF-8', () => {
    expect(smsUri('æ\nø')).toBe('sms:?&body=%C3%A6%0A%C3%B8');
  });
});

describe('mailto: link', () => {
  it.each(samples)('round-trips %j with CRLF line breaks', (body) => {
    const uri = mailtoUri('Tilbud til dig og din familie', body);
    const url = new URL(uri);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('');
    expect(url.searchParams.get('subject')).toBe('Tilbud til dig og din familie');
    expect(url.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
    expect(uri).not.toContain('+');
    expect(uri).toContain(body.includes('\n') ? '%0D%0A' : '');
  });
});

describe('SMS length', () => {
  it('counts GSM-7 with Danish and German letters as one septet each', () => {
    expect(smsLength('æøåÆØÅäöüß')).toEqual({ encoding: 'GSM-7', units: 10, segments: 1 });
    expect(smsLength('a'.repeat(160)).segments).toBe(1);
    expect(smsLength('a'.repeat(161)).segments).toBe(2);
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
  });

  it('counts extension characters as two septets', () => {
    expect(smsLength('€[]')).toEqual({ encoding: 'GSM-7', units: 6, segments: 1 });
    expect(smsLength('€'.repeat(80)).segments).toBe(1);
    expect(smsLength('€'.repeat(81)).segments).toBe(2);
  });

  it('switches to UCS-2 for Arabic, Cyrillic or an en dash', () => {
    expect(smsLength('مرحبا')).toEqual({ encoding: 'UCS-2', units: 5, segments: 1 });
    expect(smsLength('Привіт'.repeat(12)).segments).toBe(2);
    expect(smsLength('15–17').encoding).toBe('UCS-2');
    expect(smsLength('ب'.repeat(70)).segments).toBe(1);
    expect(smsLength('ب'.repeat(71)).segments).toBe(2);
    expect(smsLength('ب'.repeat(134)).segments).toBe(2);
    expect(smsLength('ب'.repeat(135)).segments).toBe(3);
  });

  it('replaces typography with GSM-7 only when that makes the whole text GSM-7', () => {
    expect(preferGsm('mandag 15.00\u2009–\u200917.00 \u201Cgratis\u201D')).toBe('mandag 15.00 - 17.00 "gratis"');
    expect(preferGsm('الاثنين 3:00–5:00')).toBe('الاثنين 3:00–5:00');
  });

  it('keeps a Danish two-offer SMS in GSM-7 within three segments and flags a long Arabic one', () => {
    const out = (lng: string) =>
      referralOutputs(composeMessage({ items: [item(lektiecafe), item(mentor)], language: lng, t: translatorFor(lng) })).sms;
    const da = out('da');
    expect(da.length.encoding).toBe('GSM-7');
    expect(da.length.segments).toBeLessThanOrEqual(3);
    expect(da.long).toBe(false);
    expect(da.text).toContain('mandag og onsdag 15.00-17.00');
    expect(decodeURIComponent(da.uri.slice('sms:?&body='.length))).toBe(da.text);
    const ar = out('ar');
    expect(ar.length.encoding).toBe('UCS-2');
    expect(ar.long).toBe(ar.length.segments > 3);
    expect(ar.text).toContain('+45 00 00 12 34');
  });
});

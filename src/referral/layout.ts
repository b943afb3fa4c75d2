// Lays a family message out as lines, once for the full text and once for the short SMS, so the
// preview, the print slip and every sent text show exactly the same words in the same order.
import type { FamilyMessage, OfferMessage, Piece } from './message.ts';

/** A run of text; `ltr` marks data (numbers, addresses, links) that must not be reordered in RTL. */
export interface Span {
  text: string;
  lang?: string;
  ltr?: boolean;
}

export type LineKind = 'intro' | 'noteLabel' | 'note' | 'title' | 'organisation' | 'heading' | 'field' | 'text' | 'langNote' | 'gap';

export interface Line {
  kind: LineKind;
  label?: string;
  spans: Span[];
}

const piece = (p: Piece, messageLang: string): Span => (p.lang === messageLang ? { text: p.text } : { text: p.text, lang: p.lang });
const line = (kind: LineKind, spans: Span[], label?: string): Line => ({ kind, spans, ...(label ? { label } : {}) });
const GAP: Line = { kind: 'gap', spans: [] };

function head(msg: FamilyMessage): Line[] {
  const lines = [line('intro', [{ text: msg.intro }])];
  if (msg.note) lines.push(GAP, line('noteLabel', [{ text: msg.labels.note }]), line('note', [{ text: msg.note }]));
  return lines;
}

function title(o: OfferMessage, msg: FamilyMessage, index: number, withOrganisation = true): Line[] {
  const number = msg.offers.length > 1 ? `${index + 1}. ` : '';
  const lines = [line('title', [{ ...piece(o.name, msg.lang), text: number + o.name.text }])];
  if (o.organisation && withOrganisation) lines.push(line('organisation', [{ text: o.organisation }]));
  return lines;
}

function phoneSpans(p: OfferMessage['phones'][number], lang: string): Span[] {
  const spans: Span[] = [{ text: p.number, ltr: true }];
  if (p.description) spans.push({ ...piece(p.description, lang), text: `(${p.description.text})` });
  return spans;
}

function addressSpans(a: OfferMessage['addresses'][number], lang: string): Span[] {
  return a.name ? [{ ...piece(a.name, lang), text: `${a.name.text},` }, { text: a.line, ltr: true }] : [{ text: a.line, ltr: true }];
}

/** Contact first (phone, e-mail, address, times), then cost and what the offer is. */
function offerLines(o: OfferMessage, msg: FamilyMessage, index: number): Line[] {
  const { labels, lang } = msg;
  const lines = [GAP, ...title(o, msg, index), line('heading', [{ text: labels.contact }])];
  for (const p of o.phones) lines.push(line('field', phoneSpans(p, lang), labels.phone));
  if (o.email) lines.push(line('field', [{ text: o.email, ltr: true }], labels.email));
  for (const a of o.addresses) lines.push(line('field', addressSpans(a, lang), labels.address));
  o.times.forEach((t, i) => lines.push(line('field', [piece(t, lang)], i === 0 ? labels.times : undefined)));
  if (o.free) lines.push(line('text', [{ text: labels.free }]));
  else o.costs.forEach((c, i) => lines.push(line('field', [piece(c, lang)], i === 0 ? labels.cost : undefined)));
  if (o.fallbackNote) lines.push(line('langNote', [{ text: o.fallbackNote }]));
  if (o.summary) lines.push(line('text', [piece(o.summary, lang)]));
  if (o.howToStart) lines.push(line('field', [piece(o.howToStart, lang)], labels.howToStart));
  lines.push(line('field', [{ text: o.languages }], labels.languages));
  if (o.website) lines.push(line('field', [{ text: o.website, ltr: true }], labels.website));
  return lines;
}

/** The whole message: for share, copy, e-mail, preview and print. */
export function fullLines(msg: FamilyMessage): Line[] {
  return [...head(msg), ...msg.offers.flatMap((o, i) => offerLines(o, msg, i))];
}

/** How much the short form keeps: everything, or less down to names and phone numbers (for tight QR codes). */
export type ShortDetail = 'times' | 'addresses' | 'phones';

/** The short form for SMS and QR: names, phone numbers, addresses and times, nothing else. */
export function shortLines(msg: FamilyMessage, detail: ShortDetail = 'times'): Line[] {
  const addresses = detail !== 'phones';
  const times = detail === 'times';
  return [
    ...head(msg),
    ...msg.offers.flatMap((o, i) => [
      GAP,
      ...title(o, msg, i, addresses),
      ...o.phones.map((p) => line('text', [{ text: p.number, ltr: true }])),
      ...(addresses ? o.addresses.map((a) => line('text', [{ text: a.line, ltr: true }])) : []),
      ...(times ? o.times.map((t) => line('text', [piece(t, msg.lang)])) : []),
      ...(times && o.free ? [line('text', [{ text: msg.labels.free }])] : []),
    ]),
  ];
}

const LRM = '\u200E';

/** Plain text; in RTL messages LTR data is fenced with left-to-right marks so "+45 12 34" keeps its order. */
export function toPlainText(lines: Line[], dir: 'ltr' | 'rtl', newline = '\n'): string {
  const span = (s: Span) => (s.ltr && dir === 'rtl' ? `${LRM}${s.text}${LRM}` : s.text);
  return lines
    .map((l) => (l.label ? `${l.label}: ` : l.kind === 'field' ? '  ' : '') + l.spans.map(span).join(' '))
    .join(newline);
}

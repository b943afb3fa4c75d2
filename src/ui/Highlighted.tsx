// Marks the words a search matched, so a user sees at a glance why an entry is in the list.
import { Fragment } from 'react';
import type { Range } from '../catalogue/search.ts';

/** Splits `text` at inclusive `[start, end]` ranges; overlapping or unsorted ranges are merged. */
export function splitByRanges(text: string, ranges: Range[] | undefined): { text: string; marked: boolean }[] {
  if (!ranges?.length) return [{ text, marked: false }];
  const sorted = [...ranges].filter(([s, e]) => e >= s && s < text.length).sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) parts.push({ text: text.slice(at, s), marked: false });
    parts.push({ text: text.slice(s, e + 1), marked: true });
    at = e + 1;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

export function Highlighted({ text, ranges }: { text: string; ranges?: Range[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((p, i) => (
        <Fragment key={i}>{p.marked ? <mark>{p.text}</mark> : p.text}</Fragment>
      ))}
    </>
  );
}

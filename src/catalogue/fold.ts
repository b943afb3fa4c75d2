// People type Danish and German names on phones without æ/ø/å/ä/ö/ü/ß, in several spellings:
// one folding, applied identically to index and query, makes all of them meet.
//
// Two levels:
// - `foldText`: lower case, æ/ä→ae, ø/ö/œ→oe, å→aa, ü→ue, ß→ss, other diacritics stripped.
//   Readable, reversible enough for display-independent comparisons (municipality names).
// - `searchFold`: a skeleton of `foldText` on which the spellings people actually use coincide:
//   an `e` right after a/o/u is dropped (oe/ø/ö/o → o, ae/æ/ä → a, ue/ü/u → u) and doubled
//   letters collapse (aa/å → a, ss/ß → s, "nn" → "n"); anything that is not a letter or digit
//   becomes a single space. "Mødrehjælpen", "moedrehjaelpen" and "modrehjaelpen" all become
//   "modrehjalpen"; "Nürtingen" and "Nurtingen" become "nurtingen".

const SPECIAL: Record<string, string> = {
  æ: 'ae',
  ä: 'ae',
  ø: 'oe',
  ö: 'oe',
  œ: 'oe',
  å: 'aa',
  ü: 'ue',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folds one already lower-cased character (code point). */
function foldChar(c: string): string {
  const special = SPECIAL[c];
  if (special !== undefined) return special;
  if (c.charCodeAt(0) < 128) return c;
  return c.normalize('NFD').replace(MARKS, '');
}

/** Lower case with Danish/German letters spelled out the way keyboards without them spell them. */
export function foldText(s: string): string {
  let out = '';
  for (const cp of s.toLowerCase()) out += foldChar(cp);
  return out;
}

/** The search skeleton of a text plus, per skeleton character, the original code-unit range it came from. */
export interface FoldMap {
  text: string;
  /** Inclusive start index in the original string of each skeleton character. */
  start: number[];
  /** Inclusive end index in the original string of each skeleton character. */
  end: number[];
}

/** Plain ASCII letters and digits as they appear in a skeleton (lower case); anything else is no word character. */
const ASCII_WORD: (string | undefined)[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c).toLowerCase();
  return /[a-z0-9]/.test(ch) ? ch : undefined;
});

function skeleton(s: string, map?: { start: number[]; end: number[] }): string {
  // Code units collected in an array: adding characters to a string one by one leaves garbage.
  const out: number[] = [];
  let prev = ' ';
  /** Adds one folded character (`undefined` if it is no letter or digit) that came from s[from..to]. */
  const take = (c: string | undefined, from: number, to: number) => {
    if (c === undefined) {
      if (prev === ' ') {
        if (map && out.length) map.end[out.length - 1] = Math.max(map.end[out.length - 1], to);
        return;
      }
      c = ' ';
    } else if (c === prev || (c === 'e' && (prev === 'a' || prev === 'o' || prev === 'u'))) {
      if (map) map.end[out.length - 1] = Math.max(map.end[out.length - 1], to);
      return;
    }
    for (let j = 0; j < c.length; j++) out.push(c.charCodeAt(j));
    prev = c;
    map?.start.push(from);
    map?.end.push(to);
  };
  // Most text is plain ASCII: it skips the code-point iteration, lower-casing and Unicode tests.
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      take(ASCII_WORD[code], i, i);
      i++;
      continue;
    }
    const cp = String.fromCodePoint(s.codePointAt(i)!);
    const from = i;
    i += cp.length;
    for (const lower of cp.toLowerCase()) {
      for (const c of foldChar(lower)) take(WORD_CHAR.test(c) ? c : undefined, from, i - 1);
    }
  }
  if (prev === ' ' && out.length) {
    out.pop();
    map?.start.pop();
    map?.end.pop();
  }
  let text = '';
  for (let i = 0; i < out.length; i += 4096) text += String.fromCharCode(...out.slice(i, i + 4096));
  return text;
}

/** The skeleton under which spelling variants coincide; used for every indexed text and every query. */
export function searchFold(s: string): string {
  return skeleton(s);
}

/** `searchFold` with the way back to the original text, for highlighting matches in what is shown. */
export function searchFoldWithMap(s: string): FoldMap {
  const start: number[] = [];
  const end: number[] = [];
  const text = skeleton(s, { start, end });
  return { text, start, end };
}

/** Maps inclusive ranges in a skeleton back to inclusive ranges in the original text, merging overlaps. */
export function rangesToOriginal(map: FoldMap, ranges: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  const sorted = ranges
    .filter(([a, b]) => a <= b && a >= 0 && b < map.text.length)
    .map(([a, b]): [number, number] => [map.start[a], map.end[b]])
    .sort((x, y) => x[0] - y[0]);
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

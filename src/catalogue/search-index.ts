// An inverted index over folded words so a keystroke never scans every offer: each typed word is
// matched against the distinct vocabulary (prefix, infix and typos, as fuse.js would match it),
// the matching words' postings give the offers, and a cheap estimate of fuse.js' score picks the
// few candidates that fuse.js then scores and highlights for real.
import { MAX_PATTERN, allowedErrors, fuzzyPattern } from './search-fuzzy.ts';
import { SEARCH_KEYS, type SearchDoc } from './search-docs.ts';

const KEY_COUNT = SEARCH_KEYS.length;
const KEY_BITS = 3;
const KEY_WEIGHTS = SEARCH_KEYS.map((k) => k.weight);

/** Splits a folded text into words the way fuse.js' token search does (letters, marks, digits). */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** Words of a query that take part in matching: fuse.js never matches a single character. */
export function queryWords(folded: string): string[] {
  return [...new Set(folded.match(WORD) ?? [])].filter((w) => w.length >= 2);
}

interface TermMatches {
  terms: Int32Array;
  errors: Uint8Array;
  postings: number;
}

export interface Candidate {
  doc: number;
  /** Estimated log of fuse.js' score: lower is better. */
  estimate: number;
}

const better = (a: Candidate, b: Candidate) => a.estimate - b.estimate || a.doc - b.doc;

/** The `n` best candidates in order, without sorting thousands of them when a few are wanted. */
export function bestCandidates(all: Candidate[], n: number): Candidate[] {
  if (n * 8 >= all.length) return all.sort(better).slice(0, n);
  const top: Candidate[] = [];
  for (const c of all) {
    if (top.length === n && better(c, top[n - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (better(top[mid], c) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, c);
    if (top.length > n) top.pop();
  }
  return top;
}

export class WordIndex {
  private readonly terms: string[] = [];
  private readonly postings: Int32Array[];
  /** fuse.js' field-length norm per document and key (the shortest field of that key). */
  private readonly norms: Float32Array;
  private readonly cache = new Map<string, TermMatches>();
  /**
   * Word statistics over the whole catalogue in the shape fuse.js' token search keeps them (texts
   * containing a word, number of texts), so fuse.js scoring a few candidates weighs words as it
   * would scanning everything.
   */
  readonly statistics = { df: new Map<string, number>(), fieldCount: 0 };
  // Scratch arrays reused by every query; `stamp` tells this query's entries from stale ones.
  private readonly slotStamp: Uint32Array;
  private readonly slotBest: Float32Array;
  private readonly slotSum: Float32Array;
  private readonly docStamp: Uint32Array;
  private readonly docWords: Uint8Array;
  private epoch = 0;

  constructor(
    docs: SearchDoc[],
    private readonly threshold: number,
  ) {
    const ids = new Map<string, number>();
    const lists: number[][] = [];
    this.norms = new Float32Array(docs.length * KEY_COUNT).fill(1);
    docs.forEach((doc, d) => {
      SEARCH_KEYS.forEach(({ name }, key) => {
        const value = doc[name];
        const texts = typeof value === 'string' ? [value] : value;
        const code = (d << KEY_BITS) | key;
        for (const text of texts) {
          const words = text.match(WORD);
          if (!words) continue;
          this.statistics.fieldCount++;
          for (const w of new Set(words)) this.statistics.df.set(w, (this.statistics.df.get(w) ?? 0) + 1);
          const norm = Math.round(1000 / Math.sqrt(words.length)) / 1000;
          const slot = d * KEY_COUNT + key;
          if (norm < this.norms[slot]) this.norms[slot] = norm;
          for (const w of words) {
            let id = ids.get(w);
            if (id === undefined) {
              id = this.terms.length;
              ids.set(w, id);
              this.terms.push(w);
              lists.push([code]);
              continue;
            }
            const list = lists[id];
            if (list[list.length - 1] !== code) list.push(code);
          }
        }
      });
    });
    this.postings = lists.map((l) => Int32Array.from(l));
    const slots = docs.length * KEY_COUNT;
    this.slotStamp = new Uint32Array(slots);
    this.slotBest = new Float32Array(slots);
    this.slotSum = new Float32Array(slots);
    this.docStamp = new Uint32Array(docs.length);
    this.docWords = new Uint8Array(docs.length);
  }

  get vocabularySize(): number {
    return this.terms.length;
  }

  /**
   * Distinct terms a typed word may mean, with their edit distance; remembered for the next
   * keystrokes. While the allowed edits stay the same, a longer word can only match terms its
   * prefix matched, so typing on narrows the previous answer instead of scanning everything.
   */
  private matchTerms(word: string): TermMatches {
    const hit = this.cache.get(word);
    if (hit) return hit;
    const pattern = fuzzyPattern(word);
    const k = allowedErrors(pattern.length, this.threshold);
    const prefix = word.length > 2 && word.length <= MAX_PATTERN ? this.cache.get(word.slice(0, -1)) : undefined;
    const narrow = prefix && allowedErrors(pattern.length - 1, this.threshold) === k ? prefix.terms : undefined;
    const terms: number[] = [];
    const errors: number[] = [];
    let postings = 0;
    const count = narrow ? narrow.length : this.terms.length;
    for (let j = 0; j < count; j++) {
      const t = narrow ? narrow[j] : j;
      const e = pattern.distanceIn(this.terms[t], k);
      if (e <= k) {
        terms.push(t);
        errors.push(e);
        postings += this.postings[t].length;
      }
    }
    const result = { terms: Int32Array.from(terms), errors: Uint8Array.from(errors), postings };
    if (this.cache.size >= 256) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(word, result);
    return result;
  }

  /**
   * Documents in which every word matches somewhere, with an estimate of fuse.js' score:
   * per key, fuse scores 1 − mean word quality and multiplies score^(weight × norm) over keys.
   */
  candidates(words: string[]): Candidate[] {
    if (!words.length) return [];
    const matched = words.map((w) => ({ w, m: this.matchTerms(w) })).sort((a, b) => a.m.postings - b.m.postings);
    if (matched[0].m.postings === 0) return [];
    const queryEpoch = this.nextEpoch();
    const touched: number[] = [];
    matched.forEach(({ w, m }, i) => {
      const wordEpoch = this.nextEpoch();
      const len = Math.min(w.length, 32);
      for (let j = 0; j < m.terms.length; j++) {
        const quality = 1 - Math.max(m.errors[j] / len, 0.001);
        const list = this.postings[m.terms[j]];
        for (let p = 0; p < list.length; p++) {
          const code = list[p];
          const d = code >>> KEY_BITS;
          if (i === 0) {
            if (this.docStamp[d] !== queryEpoch) {
              this.docStamp[d] = queryEpoch;
              this.docWords[d] = 0;
              touched.push(d);
            }
          } else if (this.docStamp[d] !== queryEpoch || this.docWords[d] < i) continue;
          const slot = d * KEY_COUNT + (code & ((1 << KEY_BITS) - 1));
          if (this.slotStamp[slot] < queryEpoch) {
            this.slotStamp[slot] = wordEpoch;
            this.slotSum[slot] = quality;
            this.slotBest[slot] = quality;
          } else if (this.slotStamp[slot] !== wordEpoch) {
            this.slotStamp[slot] = wordEpoch;
            this.slotSum[slot] += quality;
            this.slotBest[slot] = quality;
          } else if (quality > this.slotBest[slot]) {
            this.slotSum[slot] += quality - this.slotBest[slot];
            this.slotBest[slot] = quality;
          }
          if (this.docWords[d] === i) this.docWords[d] = i + 1;
        }
      }
    });
    const n = words.length;
    const out: Candidate[] = [];
    for (const d of touched) {
      if (this.docWords[d] !== n) continue;
      let estimate = 0;
      for (let key = 0; key < KEY_COUNT; key++) {
        const slot = d * KEY_COUNT + key;
        if (this.slotStamp[slot] < queryEpoch) continue;
        const score = Math.max(0.001, 1 - this.slotSum[slot] / n);
        estimate += KEY_WEIGHTS[key] * this.norms[slot] * Math.log(score);
      }
      out.push({ doc: d, estimate });
    }
    return out;
  }

  private nextEpoch(): number {
    if (this.epoch >= 0xfffffff0) {
      this.slotStamp.fill(0);
      this.docStamp.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }
}

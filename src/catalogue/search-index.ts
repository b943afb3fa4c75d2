// An inverted index over folded words so a keystroke never scans every offer: each typed word is
// matched against the distinct vocabulary (exact, prefix, infix and typos), the matching words'
// postings give the offers that carry every word, and each is ranked by how well and where the
// words matched: exact before prefix before typo before infix, title before organisation before
// categories before summary before description, and offers whose title the query covers first.
import { MAX_PATTERN, allowedErrors, fuzzyPattern } from './search-fuzzy.ts';
import { SEARCH_KEYS, type SearchDoc } from './search-docs.ts';

/** Splits a folded text into words the way fuse.js' token search does (letters, marks, digits). */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** Words of a query that take part in matching: fuse.js never matches a single character. */
export function queryWords(folded: string): string[] {
  return [...new Set(folded.match(WORD) ?? [])].filter((w) => w.length >= 2);
}

/**
 * Single letters of a query ("Aarhus C", "Viby J", "Esbjerg Ø"): too short to match on their own,
 * but an offer carrying the same letter as a word is the one meant.
 */
export function queryLetters(folded: string): string[] {
  return [...new Set(folded.match(WORD) ?? [])].filter((w) => w.length === 1);
}

/** A typed array of twice the length holding the same values first (the rest `fill`). */
function grow<T extends Int32Array | Uint8Array>(a: T, fill = 0): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  if (fill) b.fill(fill, a.length);
  return b;
}

/** Field weight relative to the title: where a word matched says how much the offer is about it. */
const KEY_WEIGHTS = SEARCH_KEYS.map((k) => k.weight / SEARCH_KEYS[0].weight);
/** Keys whose words name the offer (title, organisation): single letters count only there. */
const NAMING_KEYS = 2;

/** How well a typed word matches a term, in 0..1. */
export const MATCH_QUALITY = {
  exact: 1,
  /** The typed word begins the term (still typing, or a compound's first part). */
  prefix: 0.9,
  /** The whole term with a typo, per edit. */
  typo: [0.8, 0.7, 0.6],
  /** The beginning of the term, with a typo. */
  typoPrefix: 0.65,
  /** Inside the term ("patenschaft" in "lesepatenschaft"). */
  infix: 0.5,
  infixTypo: 0.4,
} as const;
/** From this quality on a match stands for the term, counting towards covering the text. */
const COVERS = MATCH_QUALITY.typoPrefix;

/**
 * Share of the score (sums to 1) from word matches; how much of a text the query covers; whether it
 * spells out a title or organisation name completely; and the query's single letters found there.
 */
const SHARE = { words: 0.65, coverage: 0.2, complete: 0.1, letters: 0.05 } as const;

interface TermMatches {
  terms: Int32Array;
  errors: Uint8Array;
  quality: Float32Array;
  postings: number;
}

/**
 * Offers that match a query with their scores (0..1, higher is better), in parallel arrays. They
 * are views of scratch space the index reuses: read them before the next query.
 */
export interface Matches {
  docs: Int32Array;
  scores: Float32Array;
}

/** Positions in `m` of the `n` best matches, best first (ties: earlier offer first). */
export function bestMatches(m: Matches, n: number): number[] {
  const { docs, scores } = m;
  const better = (a: number, b: number) => scores[b] - scores[a] || docs[a] - docs[b];
  if (n <= 0) return [];
  if (n * 8 >= docs.length) return Array.from(docs.keys()).sort(better).slice(0, n);
  const top: number[] = [];
  for (let c = 0; c < docs.length; c++) {
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

/** Quality of a match of `word` found in `term` with `errors` edits (see MATCH_QUALITY). */
function quality(word: string, term: string, errors: number, pattern: ReturnType<typeof fuzzyPattern>): number {
  if (errors === 0) return term === word ? MATCH_QUALITY.exact : term.startsWith(word) ? MATCH_QUALITY.prefix : MATCH_QUALITY.infix;
  const atStart = pattern.distanceIn(term.slice(0, word.length + errors), errors) === errors;
  if (!atStart) return MATCH_QUALITY.infixTypo;
  if (Math.abs(term.length - word.length) <= errors) return MATCH_QUALITY.typo[Math.min(errors, 3) - 1];
  return MATCH_QUALITY.typoPrefix;
}

/**
 * The index's data, plain arrays only, so it can be built in a worker and handed over (the typed
 * arrays transferred, not copied). A text (one field in one language) is an "instance"; instances
 * are numbered offer by offer, so an offer's instances are one contiguous range.
 */
export interface WordIndexParts {
  terms: string[];
  /** Instances holding term t: postingData[postingStart[t] .. postingStart[t + 1]), in instance order. */
  postingStart: Int32Array;
  postingData: Int32Array;
  instDoc: Int32Array;
  instKey: Uint8Array;
  /** Words in the instance (what a query can cover). */
  instLen: Uint8Array;
  /** Instances of offer d: docStart[d] .. docStart[d + 1]. */
  docStart: Int32Array;
}

/** Every folded word of every text, with where it occurs. */
export function buildWordIndexParts(docs: SearchDoc[]): WordIndexParts {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  // Two passes over flat, growable typed arrays: no array per term, little for the collector.
  let instDoc = new Int32Array(docs.length * 8);
  let instKey = new Uint8Array(instDoc.length);
  let instLen = new Uint8Array(instDoc.length);
  let occurrences = new Int32Array(docs.length * 64);
  let counts = new Int32Array(1024);
  let lastInst = new Int32Array(1024);
  let instances = 0;
  let used = 0;
  const docStart = new Int32Array(docs.length + 1);
  for (let d = 0; d < docs.length; d++) {
    docStart[d] = instances;
    for (let key = 0; key < SEARCH_KEYS.length; key++) {
      const value = docs[d][SEARCH_KEYS[key].name];
      for (const text of typeof value === 'string' ? [value] : value) {
        if (!text) continue;
        // Texts are search skeletons: words of letters and digits between single spaces.
        const words = text.split(' ');
        if (instances === instDoc.length) [instDoc, instKey, instLen] = [grow(instDoc), grow(instKey), grow(instLen)];
        const inst = instances++;
        instDoc[inst] = d;
        instKey[inst] = key;
        instLen[inst] = Math.min(255, words.length);
        for (const w of words) {
          let id = termIds.get(w);
          if (id === undefined) {
            id = terms.length;
            termIds.set(w, id);
            terms.push(w);
            if (id === counts.length) [counts, lastInst] = [grow(counts), grow(lastInst, -1)];
            lastInst[id] = -1;
          }
          if (lastInst[id] === inst) continue;
          lastInst[id] = inst;
          counts[id]++;
          if (used + 2 > occurrences.length) occurrences = grow(occurrences);
          occurrences[used++] = id;
          occurrences[used++] = inst;
        }
      }
    }
  }
  docStart[docs.length] = instances;
  const termCount = terms.length;
  const postingStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t] + counts[t];
  const postingData = new Int32Array(postingStart[termCount]);
  const fill = postingStart.slice(0, termCount);
  for (let o = 0; o < used; o += 2) postingData[fill[occurrences[o]]++] = occurrences[o + 1];
  return {
    terms,
    postingStart,
    postingData,
    instDoc: instDoc.slice(0, instances),
    instKey: instKey.slice(0, instances),
    instLen: instLen.slice(0, instances),
    docStart,
  };
}

/** Queries over the parts: which offers carry every typed word, and how well. */
export class WordIndex {
  private readonly terms: string[];
  private readonly termIds = new Map<string, number>();
  private readonly postingStart: Int32Array;
  private readonly postingData: Int32Array;
  private readonly instDoc: Int32Array;
  private readonly instKey: Uint8Array;
  private readonly instLen: Uint8Array;
  private readonly docStart: Int32Array;
  private readonly cache = new Map<string, TermMatches>();
  // Scratch arrays reused by every query; `stamp` tells this query's entries from stale ones.
  private readonly instStamp: Uint32Array;
  private readonly instCount: Uint8Array;
  private readonly instLastWord: Int16Array;
  private readonly docStamp: Uint32Array;
  private readonly docWords: Uint8Array;
  private readonly docBest: Float32Array;
  private readonly docSum: Float32Array;
  private readonly touched: Int32Array;
  private readonly outDocs: Int32Array;
  private readonly outScores: Float32Array;
  private epoch = 0;

  constructor(
    parts: WordIndexParts,
    private readonly threshold: number,
  ) {
    this.terms = parts.terms;
    parts.terms.forEach((t, i) => this.termIds.set(t, i));
    ({ postingStart: this.postingStart, postingData: this.postingData, instDoc: this.instDoc, instKey: this.instKey } = parts);
    ({ instLen: this.instLen, docStart: this.docStart } = parts);
    const instances = parts.instDoc.length;
    const docCount = parts.docStart.length - 1;
    this.instStamp = new Uint32Array(instances);
    this.instCount = new Uint8Array(instances);
    this.instLastWord = new Int16Array(instances);
    this.docStamp = new Uint32Array(docCount);
    this.docWords = new Uint8Array(docCount);
    this.docBest = new Float32Array(docCount);
    this.docSum = new Float32Array(docCount);
    this.touched = new Int32Array(docCount);
    this.outDocs = new Int32Array(docCount);
    this.outScores = new Float32Array(docCount);
  }

  get vocabularySize(): number {
    return this.terms.length;
  }

  /**
   * Distinct terms a typed word may mean, with their edit distance; remembered for the next
   * keystrokes. While the allowed edits stay the same, a longer word can only match terms its
   * prefix matched, so typing on narrows the previous answer instead of scanning everything.
   * `relaxed` allows one edit more in words of four letters or more (two slips in one word).
   */
  private matchTerms(word: string, relaxed: boolean): TermMatches {
    const key = relaxed ? `${word}+` : word;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const pattern = fuzzyPattern(word);
    const edits = (m: number) => allowedErrors(m, this.threshold) + (relaxed && m >= 4 ? 1 : 0);
    const k = edits(pattern.length);
    const prefix = word.length > 2 && word.length <= MAX_PATTERN ? this.cache.get(relaxed ? `${word.slice(0, -1)}+` : word.slice(0, -1)) : undefined;
    const narrow = prefix && edits(pattern.length - 1) === k ? prefix.terms : undefined;
    const terms: number[] = [];
    const errors: number[] = [];
    const qualities: number[] = [];
    let postings = 0;
    const count = narrow ? narrow.length : this.terms.length;
    for (let j = 0; j < count; j++) {
      const t = narrow ? narrow[j] : j;
      const term = this.terms[t];
      const e = pattern.distanceIn(term, k);
      if (e <= k) {
        terms.push(t);
        errors.push(e);
        qualities.push(quality(word, term, e, pattern));
        postings += this.postingStart[t + 1] - this.postingStart[t];
      }
    }
    const result = { terms: Int32Array.from(terms), errors: Uint8Array.from(errors), quality: Float32Array.from(qualities), postings };
    if (this.cache.size >= 256) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, result);
    return result;
  }

  /**
   * Offers in which every word matches somewhere, scored in 0..1: the words' best weighted match
   * qualities (rarer words count more), how much of a title or organisation name the query covers,
   * and the query's single letters found there. When nothing matches, it tries once more forgiving
   * a second slip per word (below what fuse.js finds, so only where fuse.js would find nothing).
   */
  candidates(words: string[], letters: string[] = [], keep?: (doc: number) => boolean, relaxed = false): Matches {
    const none = { docs: this.outDocs.subarray(0, 0), scores: this.outScores.subarray(0, 0) };
    if (!words.length) return none;
    const matched = words.map((w) => this.matchTerms(w, relaxed)).sort((a, b) => a.postings - b.postings);
    if (matched[0].postings === 0) return relaxed ? none : this.candidates(words, letters, keep, true);
    const queryEpoch = this.nextEpoch();
    const touched = this.touched;
    let touchedCount = 0;
    const total = this.instDoc.length;
    let idfSum = 0;
    matched.forEach((m, i) => {
      const idf = Math.log(1 + total / Math.max(1, m.postings));
      idfSum += idf;
      for (let j = 0; j < m.terms.length; j++) {
        const q = m.quality[j];
        const covers = q >= COVERS;
        const end = this.postingStart[m.terms[j] + 1];
        for (let p = this.postingStart[m.terms[j]]; p < end; p++) {
          const inst = this.postingData[p];
          const d = this.instDoc[inst];
          if (i === 0) {
            if (this.docStamp[d] !== queryEpoch) {
              this.docStamp[d] = queryEpoch;
              this.docWords[d] = 0;
              this.docSum[d] = 0;
              touched[touchedCount++] = d;
            }
          } else if (this.docStamp[d] !== queryEpoch || this.docWords[d] < i) continue;
          const v = KEY_WEIGHTS[this.instKey[inst]] * q;
          if (this.docWords[d] === i) {
            this.docWords[d] = i + 1;
            this.docBest[d] = v;
            this.docSum[d] += idf * v;
          } else if (v > this.docBest[d]) {
            this.docSum[d] += idf * (v - this.docBest[d]);
            this.docBest[d] = v;
          }
          if (covers) this.cover(inst, i, queryEpoch);
        }
      }
    });
    const n = words.length;
    const letterHits = this.matchLetters(letters, n, queryEpoch);
    let count = 0;
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t];
      if (this.docWords[d] !== n || (keep && !keep(d))) continue;
      let coverage = 0;
      let complete = 0;
      for (let inst = this.docStart[d]; inst < this.docStart[d + 1]; inst++) {
        if (this.instStamp[inst] !== queryEpoch) continue;
        const share = Math.min(this.instCount[inst], this.instLen[inst]) / this.instLen[inst];
        coverage = Math.max(coverage, KEY_WEIGHTS[this.instKey[inst]] * share);
        if (share === 1 && this.instKey[inst] < NAMING_KEYS) complete = 1;
      }
      const letterShare = letters.length ? (letterHits.get(d) ?? 0) / letters.length : 1;
      const score =
        SHARE.words * (this.docSum[d] / idfSum) + SHARE.coverage * coverage + SHARE.complete * complete + SHARE.letters * letterShare;
      this.outDocs[count] = d;
      this.outScores[count++] = score;
    }
    if (!count && !relaxed) return this.candidates(words, letters, keep, true);
    return { docs: this.outDocs.subarray(0, count), scores: this.outScores.subarray(0, count) };
  }

  /** Counts a query word (or letter) `i` as found in an instance, once however often it matches there. */
  private cover(inst: number, i: number, queryEpoch: number): void {
    if (this.instStamp[inst] !== queryEpoch) {
      this.instStamp[inst] = queryEpoch;
      this.instCount[inst] = 1;
      this.instLastWord[inst] = i;
    } else if (this.instLastWord[inst] !== i) {
      this.instCount[inst]++;
      this.instLastWord[inst] = i;
    }
  }

  /**
   * The query's single letters in the offers still in the running: they add to what the query covers
   * of a text, and per offer, how many of them its title or organisation name has.
   */
  private matchLetters(letters: string[], words: number, queryEpoch: number): Map<number, number> {
    const hits = new Map<number, number>();
    letters.forEach((letter, li) => {
      const id = this.termIds.get(letter);
      if (id === undefined) return;
      let last = -1;
      for (let p = this.postingStart[id]; p < this.postingStart[id + 1]; p++) {
        const inst = this.postingData[p];
        const d = this.instDoc[inst];
        if (this.docStamp[d] !== queryEpoch || this.docWords[d] !== words) continue;
        this.cover(inst, words + li, queryEpoch);
        if (d === last || this.instKey[inst] >= NAMING_KEYS) continue;
        last = d;
        hits.set(d, (hits.get(d) ?? 0) + 1);
      }
    });
    return hits;
  }

  private nextEpoch(): number {
    if (this.epoch >= 0xfffffff0) {
      this.instStamp.fill(0);
      this.docStamp.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }
}

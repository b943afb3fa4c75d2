// Which words of a catalogue's vocabulary a typed word may mean, under the rule fuse.js applies to
// whole texts (the word occurs anywhere in a term with at most threshold × length edits) but with
// two swapped neighbours counting as one edit, the commonest slip on a phone keyboard; bit-parallel
// (Myers 1999, transpositions after Hyyrö 2003) so thousands of terms are checked in a millisecond.

/** Words of up to this many characters are matched exactly as typed; fuse.js' Bitap has the same limit. */
export const MAX_PATTERN = 32;

/** Edits allowed for a typed word of length `m`, mirroring fuse.js: errors / m ≤ threshold. */
export function allowedErrors(m: number, threshold: number): number {
  return Math.floor(threshold * m + 1e-9);
}

export interface FuzzyPattern {
  readonly length: number;
  /**
   * Fewest edits (insert, delete, substitute, swap two neighbours) with which the pattern occurs
   * anywhere in `text`, or Infinity above `k`. Never more than fuse.js' count, so it finds all fuse.js finds.
   */
  distanceIn(text: string, k: number): number;
}

/** Prepares a folded word (at most MAX_PATTERN characters are used) for repeated matching. */
export function fuzzyPattern(word: string): FuzzyPattern {
  const pattern = word.slice(0, MAX_PATTERN);
  const m = pattern.length;
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c] |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return {
    length: m,
    distanceIn(text, k) {
      const n = text.length;
      if (n + k < m) return Infinity;
      let pv = -1;
      let mv = 0;
      let d0 = 0;
      let eqPrev = 0;
      let score = m;
      let best = m;
      for (let j = 0; j < n; j++) {
        const c = text.charCodeAt(j);
        const eq = c < 128 ? ascii[c] : (other.get(c) ?? 0);
        const swapped = ((~d0 & eq) << 1) & eqPrev;
        d0 = (((eq & pv) + pv) ^ pv) | eq | mv | swapped;
        let ph = mv | ~(d0 | pv);
        let mh = pv & d0;
        if (ph & last) score++;
        else if (mh & last) score--;
        if (score < best) {
          best = score;
          if (best === 0) return 0;
        }
        ph <<= 1;
        mh <<= 1;
        pv = mh | ~(d0 | ph);
        mv = ph & d0;
        eqPrev = eq;
      }
      return best <= k ? best : Infinity;
    },
  };
}

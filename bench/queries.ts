// What the benchmark types: fixed searches keystroke by keystroke (typos, no æ/ø/å/ä/ö/ü/ß), and
// typo queries made from known offers, whose right answers are known (recall@10).
import type { Offer, Organisation } from '../src/catalogue/schema.ts';
import { searchFold } from '../src/catalogue/fold.ts';
import { rng } from './generate.ts';

/** Typed as on a phone keyboard without Danish/German letters, several with a typo. */
export const FIXED_QUERIES = [
  'modrehjaelpen',
  'lektiecafe brabrand',
  'hausaufgabenhilfe',
  'familienzentrum nurtingen',
  'borns voksenvener',
  'elterncafe',
  'natteravnene',
  'kinderschutzbund esslingen',
  'fussbalgruppe',
  'spejdergruppe viby',
  'mentorenprogram',
  'jugendtref filderstadt',
  'foraeldrecafe aabyhoj',
  'mutterkreis',
  'patenschaft kinder',
  'rode kors',
];

/** Every prefix of a query, as the search field sees it while someone types. */
export function keystrokes(query: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= query.length; i++) if (query[i - 1] !== ' ') out.push(query.slice(0, i));
  return out;
}

const ASCII: Record<string, string[]> = {
  æ: ['ae', 'a'], ø: ['oe', 'o'], å: ['aa', 'a'], ä: ['ae', 'a'], ö: ['oe', 'o'], ü: ['ue', 'u'], ß: ['ss'], é: ['e'],
  Æ: ['Ae', 'A'], Ø: ['Oe', 'O'], Å: ['Aa', 'A'], Ä: ['Ae', 'A'], Ö: ['Oe', 'O'], Ü: ['Ue', 'U'],
};
const NEAR: Record<string, string> = { a: 's', e: 'r', i: 'o', o: 'p', u: 'i', n: 'm', r: 't', s: 'd', t: 'r', l: 'k', k: 'l', m: 'n', d: 'f', g: 'h', h: 'g', b: 'v', f: 'g' };

/** One typo of the usual kinds in one longer word: a letter dropped, doubled, swapped or a neighbour key. */
function typo(word: string, r: () => number): string {
  const i = 1 + Math.floor(r() * (word.length - 2));
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default:
      return word.slice(0, i) + (NEAR[word[i]] ?? 'e') + word.slice(i + 1);
  }
}

export interface RecallQuery {
  query: string;
  /** Offer ids that count as a right answer (offers carrying the same words). */
  relevant: Set<string>;
}

/**
 * From `count` offers picked by seed: the offer's name (Danish or German) or its organisation plus
 * the main word of the name, written without special letters and with one typo. An offer is a right
 * answer when it carries exactly the same words there.
 */
export function recallQueries(offers: Offer[], orgs: Map<string, Organisation>, count: number, seed = 7): RecallQuery[] {
  const r = rng(seed);
  const nameKey = (o: Offer, lang: 'da' | 'de') => searchFold(o.name[lang] ?? '');
  const out: RecallQuery[] = [];
  for (let n = 0; n < count; n++) {
    const target = offers[Math.floor(r() * offers.length)];
    const lang = r() < 0.5 ? 'da' : 'de';
    const org = orgs.get(target.organization_id)!;
    let text: string;
    let relevant: (o: Offer) => boolean;
    if (r() < 0.5) {
      text = target.name[lang]!;
      const key = nameKey(target, lang);
      relevant = (o) => nameKey(o, lang) === key;
    } else {
      const main = target.name[lang]!.split(' ')[0];
      text = `${org.name} ${main}`;
      const mainKey = searchFold(main);
      relevant = (o) => o.organization_id === target.organization_id && nameKey(o, lang).split(' ').includes(mainKey);
    }
    const plain = [...text].map((c) => (ASCII[c] ? ASCII[c][Math.floor(r() * ASCII[c].length)] : c)).join('').toLowerCase();
    const words = plain.split(' ');
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
    if (long.length) {
      const [w, i] = long[Math.floor(r() * long.length)];
      words[i] = typo(w, r);
    }
    out.push({ query: words.join(' '), relevant: new Set(offers.filter(relevant).map((o) => o.id)) });
  }
  return out;
}

/** Share of the right answers found in the first ten (all of them when there are fewer than ten). */
export function recallAt10(found: string[], relevant: Set<string>): number {
  const top = found.slice(0, 10).filter((id) => relevant.has(id)).length;
  return top / Math.min(10, relevant.size);
}

// The searchable form of an offer: every text a user might type a word from, folded once at index
// time (never per keystroke), in every language the catalogue carries.
import type { ContentLanguage, LocalizedText, Need, Offer, Organisation } from './schema.ts';
import { CONTENT_LANGUAGES } from './codes.ts';
import { searchFold } from './fold.ts';

export interface IndexEntry {
  catalogueId: string;
  offer: Offer;
  organisation?: Organisation;
  /** The catalogue's needs taxonomy (labels and synonyms make categories findable). */
  needs: Need[];
  /** The catalogue's own language, the fallback when the UI language has no text. */
  catalogueLanguage?: ContentLanguage;
}

/** What of an entry search reads: small enough to hand to a worker. */
export interface SearchSource {
  catalogueId: string;
  offer: Pick<Offer, 'id' | 'status' | 'name' | 'summary' | 'description' | 'categories'>;
  organisation?: Pick<Organisation, 'name'>;
  needs: Need[];
  catalogueLanguage?: ContentLanguage;
}

/** Folded texts of one offer, keyed as fuse.js sees them. Arrays hold one text per language. */
export interface SearchDoc {
  name: string[];
  org: string;
  category: string[];
  summary: string[];
  description: string[];
}

/** Which language each element of `name` / `summary` is in, to highlight only the text shown. */
export interface DocLanguages {
  name: ContentLanguage[];
  summary: ContentLanguage[];
}

/** Field weights: a hit in the title or the organisation's name says most about relevance. */
export const SEARCH_KEYS = [
  { name: 'name', weight: 4 },
  { name: 'org', weight: 3 },
  { name: 'category', weight: 3 },
  { name: 'summary', weight: 1.5 },
  { name: 'description', weight: 1 },
] as const;

function foldAll(t: LocalizedText | undefined): { texts: string[]; langs: ContentLanguage[] } {
  const texts: string[] = [];
  const langs: ContentLanguage[] = [];
  if (!t) return { texts, langs };
  for (const lang of CONTENT_LANGUAGES) {
    const v = t[lang];
    if (v) {
      texts.push(searchFold(v));
      langs.push(lang);
    }
  }
  return { texts, langs };
}

const needMaps = new WeakMap<Need[], Map<string, string>>();

/**
 * Folded labels and synonyms per need id, one text per need (not one per synonym: fuse.js pays per
 * text, and a need's words belong together), computed once per taxonomy array.
 */
function needTexts(needs: Need[]): Map<string, string> {
  let m = needMaps.get(needs);
  if (!m) {
    m = new Map();
    for (const n of needs) {
      const words = [...Object.values(n.name), ...Object.values(n.synonyms).flat()].filter(Boolean) as string[];
      m.set(n.id, [...new Set(words.map(searchFold))].join(' '));
    }
    needMaps.set(needs, m);
  }
  return m;
}

export function toSearchDoc(e: SearchSource): { doc: SearchDoc; langs: DocLanguages } {
  const name = foldAll(e.offer.name);
  const summary = foldAll(e.offer.summary);
  const needs = needTexts(e.needs);
  return {
    doc: {
      name: name.texts,
      org: e.organisation ? searchFold(e.organisation.name) : '',
      category: e.offer.categories.flatMap((c) => needs.get(c) ?? []),
      summary: summary.texts,
      description: foldAll(e.offer.description).texts,
    },
    langs: { name: name.langs, summary: summary.langs },
  };
}

/** Just what search reads of an entry (the rest of an offer stays where it is). */
export function searchSource(e: SearchSource): SearchSource {
  const { id, status, name, summary, description, categories } = e.offer;
  return {
    catalogueId: e.catalogueId,
    offer: { id, status, name, summary, description, categories },
    organisation: e.organisation && { name: e.organisation.name },
    needs: e.needs,
    catalogueLanguage: e.catalogueLanguage,
  };
}

// The first search of a session otherwise pays for compiling the search and highlight code on the
// keystrokes themselves (in Chromium the first query's keys took 30-40 ms against ~12 later): the
// same paths are run once, while the user has not typed yet, on queries made from the catalogue.
import { searchFold } from './fold.ts';
import type { SearchIndex } from './search.ts';
import { pickText } from './text.ts';

/**
 * What a user's first query does, from a word of the catalogue: two and three letters of it (the
 * widest prefixes), the word with a slip, and two words.
 */
export function warmUpQueries(word: string, second = ''): string[] {
  if (word.length < 4) return [];
  const slip = word.slice(0, 2) + word.slice(3);
  return [word.slice(0, 2), word.slice(0, 3), slip, second.length >= 4 ? `${word} ${second.slice(0, 3)}` : word];
}

/** Words of four letters or more in a text, folded as the index folds them. */
function longWords(text: string): string[] {
  return searchFold(text).match(/[\p{L}\p{N}]{4,}/gu) ?? [];
}

/**
 * Runs the warm-up queries one per `later` turn (each is a short task of its own), building the
 * page of hits and their highlights as a result list does. Stops when `cancelled` says so.
 */
export async function warmUpSearch(index: SearchIndex, ui: string, page: number, later: () => Promise<void>, cancelled: () => boolean): Promise<void> {
  const first = index.find('', { uiLanguage: ui, limit: 1 }).hits[0];
  if (!first) return;
  const [word = '', second = ''] = longWords(pickText(first.offer.summary, ui)?.text ?? '');
  for (const query of warmUpQueries(word, second)) {
    await later();
    if (cancelled()) return;
    for (const hit of index.find(query, { uiLanguage: ui, limit: page }).hits) void hit.highlights;
  }
}

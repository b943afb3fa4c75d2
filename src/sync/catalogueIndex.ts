// Where catalogues are published and which ones a server offers, for choosing what to follow.
import { z } from 'zod';
import { CONTENT_LANGUAGES, localizedText } from '../catalogue/schema.ts';
import type { AppDatabase } from '../storage/db.ts';
import { getSetting } from '../storage/settings.ts';
import { SyncError } from './errors.ts';
import { fetchJson, type FetchLike } from './fetcher.ts';
import { catalogueUrl } from './sync.ts';

export const catalogueIndex = z.object({
  catalogues: z.array(
    z.object({
      id: z.string().min(1),
      name: localizedText,
      region: z.string(),
      default_language: z.enum(CONTENT_LANGUAGES),
      version: z.number().int().min(1),
    }),
  ),
});
export type CatalogueIndexEntry = z.infer<typeof catalogueIndex>['catalogues'][number];

/** The user's setting wins, then the build's `VITE_CATALOGUE_BASE_URL`, then the app's own origin (""). */
export async function resolveBaseUrl(db: AppDatabase, built: string | undefined = import.meta.env.VITE_CATALOGUE_BASE_URL): Promise<string> {
  const chosen = (await getSetting(db, 'catalogueBaseUrl')) || built || '';
  return chosen.replace(/\/+$/, '');
}

export async function fetchCatalogueIndex(base: string, options: { fetch?: FetchLike; signal?: AbortSignal } = {}): Promise<CatalogueIndexEntry[]> {
  const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const raw = await fetchJson({ fetch, signal: options.signal }, catalogueUrl(base, 'index.json'));
  const parsed = catalogueIndex.safeParse(raw);
  if (!parsed.success) throw new SyncError('bad-manifest', `index.json: ${parsed.error.message}`);
  return parsed.data.catalogues;
}

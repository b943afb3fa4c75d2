// Loads the held catalogues once per version and builds the search index then, never per keystroke;
// every route reads offers, needs, areas and the index from here.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { createSearchIndex, type SearchIndex } from '../catalogue/search.ts';
import { nextTask } from '../catalogue/next-task.ts';
import { buildSearchIndex, PREBUILT_FORMAT } from '../catalogue/search-async.ts';
import type { CatalogueInfo, Need, Offer, Organisation } from '../catalogue/schema.ts';
import type { AppDatabase, CatalogueVersionRow, StoredOrganisation } from '../storage/db.ts';
import { readHeldEntries, versionKey } from '../storage/queries.ts';
import { indexSource, keepIndex, readKeptIndex } from '../storage/search-index-store.ts';

export interface HeldOffer {
  key: string;
  catalogueId: string;
  offer: Offer;
  organisation?: Organisation;
  catalogue: CatalogueInfo;
}

export interface CatalogueData {
  db: AppDatabase;
  /**
   * True until the held offers were first read and indexed. Meanwhile `catalogues` and `needs` are
   * already there (a screen can show what is held), everything else is empty.
   */
  loading: boolean;
  catalogues: CatalogueVersionRow[];
  index: SearchIndex;
  offers: Map<string, HeldOffer>;
  /** Every held organisation, also those without offers. */
  organisations: StoredOrganisation[];
  /** Needs of all held catalogues, first occurrence of an id wins. */
  needs: Need[];
  municipalities: string[];
  postcodes: string[];
  /** ISO 639-1 codes of every language some held offer is given in. */
  languages: string[];
}

const Context = createContext<CatalogueData | undefined>(undefined);

function emptyData(db: AppDatabase, loading: boolean): CatalogueData {
  return { db, loading, catalogues: [], index: createSearchIndex([]), offers: new Map(), organisations: [], needs: [], municipalities: [], postcodes: [], languages: [] };
}

/** Needs of all held catalogues, first occurrence of an id wins. */
function needsOf(rows: CatalogueVersionRow[]): Need[] {
  const needs = new Map<string, Need>();
  for (const r of rows) for (const n of r.needs) if (!needs.has(n.id)) needs.set(n.id, n);
  return [...needs.values()];
}

/** Offers gathered per task in load: at 50,000 offers one loop over all of them is no short task. */
const GATHER_SLICE = 2000;

async function load(db: AppDatabase): Promise<CatalogueData> {
  const [{ rows, entries, organisations }, keptRow] = await Promise.all([readHeldEntries(db), readKeptIndex(db, PREBUILT_FORMAT)]);
  const infos = new Map(rows.map((r) => [r.catalogue_id, r.info]));
  const offers = new Map<string, HeldOffer>();
  const municipalities = new Set<string>();
  const postcodes = new Set<string>();
  const languages = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && i % GATHER_SLICE === 0) await nextTask();
    const e = entries[i];
    if (e.offer.status === 'inactive') continue;
    const key = `${e.catalogueId}/${e.offer.id}`;
    offers.set(key, { key, catalogueId: e.catalogueId, offer: e.offer, organisation: e.organisation, catalogue: infos.get(e.catalogueId)! });
    for (const l of e.offer.locations) {
      municipalities.add(l.municipality);
      postcodes.add(l.postal_code);
    }
    for (const l of e.offer.languages) languages.add(l);
  }
  // Large catalogues are indexed in a worker (the UI stays responsive) once per version, then kept.
  const source = indexSource(rows);
  const kept = keptRow?.source === source ? keptRow.index : undefined;
  const { index, prebuilt } = await buildSearchIndex(entries, { kept, source });
  if (prebuilt && prebuilt !== kept) keepIndex(db, source, PREBUILT_FORMAT, prebuilt).catch((err: unknown) => console.warn('keeping the search index failed', err));
  return {
    db,
    loading: false,
    catalogues: rows,
    index,
    offers,
    organisations,
    needs: needsOf(rows),
    municipalities: [...municipalities].sort((a, b) => a.localeCompare(b)),
    postcodes: [...postcodes].sort(),
    languages: [...languages].sort(),
  };
}

export function CatalogueProvider({ db, children }: { db: AppDatabase; children: ReactNode }) {
  const rows = useLiveQuery(() => db.catalogues.toArray(), [db]);
  const key = rows && versionKey(rows);
  const [data, setData] = useState<CatalogueData>(() => emptyData(db, true));
  // At start, what is held is known long before every offer is read and indexed: screens show then.
  const early = useMemo(() => (data.loading && rows ? { ...data, catalogues: rows, needs: needsOf(rows) } : data), [data, rows]);
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    load(db).then(
      (next) => current && setData(next),
      (err: unknown) => {
        console.error('reading the held catalogues failed', err);
        if (current) setData(emptyData(db, false));
      },
    );
    return () => {
      current = false;
    };
  }, [db, key]);
  return <Context.Provider value={early}>{children}</Context.Provider>;
}

export function useCatalogueData(): CatalogueData {
  const data = useContext(Context);
  if (!data) throw new Error('useCatalogueData outside CatalogueProvider');
  return data;
}

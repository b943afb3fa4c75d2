// A start takes the search index kept in IndexedDB instead of building it again: it must search
// exactly as a fresh build, and never stand in for other catalogue versions, formats or deleted data.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchHit } from '../../src/catalogue/search.ts';
import { buildSearchIndex, PREBUILT_FORMAT, WORKER_MIN_OFFERS } from '../../src/catalogue/search-async.ts';
import { removeCatalogue, replaceCatalogue, takeWrittenRecords } from '../../src/storage/catalogueStore.ts';
import type { AppDatabase } from '../../src/storage/db.ts';
import { readHeldEntries } from '../../src/storage/queries.ts';
import { indexSource, keepIndex, readKeptIndex } from '../../src/storage/search-index-store.ts';
import { deleteAllLocalData } from '../../src/storage/wipe.ts';
import { generateCatalogue } from '../../bench/generate.ts';
import { FIXED_QUERIES, keystrokes } from '../../bench/queries.ts';
import { dropDb, freshDb, makeContent, versionFacts as facts } from './syncFixtures.ts';

const { content } = generateCatalogue(WORKER_MIN_OFFERS + 300, 5);
content.offers[7] = { ...content.offers[7], status: 'inactive' };
const id = content.catalogue.id;

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await replaceCatalogue(db, id, content, facts(1));
});
afterEach(() => dropDb(db));

/** Builds the index the way a start after a sync does, and keeps it. */
async function buildAndKeep() {
  const { rows, entries } = await readHeldEntries(db);
  const { prebuilt } = await buildSearchIndex(entries);
  await keepIndex(db, indexSource(rows), PREBUILT_FORMAT, prebuilt!);
  return prebuilt!;
}

async function keptForHeld() {
  const kept = await readKeptIndex(db, PREBUILT_FORMAT);
  return kept?.source === indexSource(await db.catalogues.toArray()) ? kept.index : undefined;
}

/** A start's read: nothing handed over from the write. */
async function fromDatabase() {
  for (const row of await db.catalogues.toArray()) takeWrittenRecords(db, row);
  return readHeldEntries(db);
}

const view = (hits: SearchHit[]) => hits.map((h) => `${h.key} ${h.score.toFixed(6)}`);

describe('the kept search index', { timeout: 60000 }, () => {
  it('searches, ranks, highlights and lists by name exactly as an index built on the spot', async () => {
    await buildAndKeep();
    // the next start: everything read back from the database
    const { entries } = await readHeldEntries(db);
    const kept = await keptForHeld();
    expect(kept).toBeDefined();
    const loaded = await buildSearchIndex(entries, { kept });
    expect(loaded.prebuilt).toBe(kept); // taken, not built again
    const fresh = createSearchIndex(entries);
    for (const q of FIXED_QUERIES.flatMap(keystrokes)) {
      expect(view(loaded.index.search(q, { uiLanguage: 'da', limit: 20 }))).toEqual(view(fresh.search(q, { uiLanguage: 'da', limit: 20 })));
    }
    for (const ui of ['da', 'de', 'en', 'fr']) {
      expect(loaded.index.search('', { uiLanguage: ui }).map((h) => h.key)).toEqual(fresh.search('', { uiLanguage: ui }).map((h) => h.key));
    }
    const [a] = loaded.index.search('lektiecafe', { uiLanguage: 'da', limit: 1 });
    const [b] = fresh.search('lektiecafe', { uiLanguage: 'da', limit: 1 });
    expect(a.highlights.name).toBeDefined();
    expect(a.highlights).toEqual(b.highlights);
  });

  it('is built again when it does not fit the entries or lacks a language', async () => {
    const kept = await buildAndKeep();
    const { entries } = await readHeldEntries(db);
    expect((await buildSearchIndex(entries.slice(1), { kept })).prebuilt).not.toBe(kept);
    expect((await buildSearchIndex(entries, { kept, locales: ['da', 'sv'] })).prebuilt).not.toBe(kept);
  });

  it('stands for the versions it was built from only: a new version, a removal and deleting all data drop it', async () => {
    await buildAndKeep();
    await replaceCatalogue(db, id, content, facts(2, '2026-11-02T10:00:00.000Z'));
    expect(await keptForHeld()).toBeUndefined();
    expect(await db.searchIndex.count()).toBe(0);

    await buildAndKeep();
    await replaceCatalogue(db, 'other', makeContent('other', 2), facts(1));
    expect(await keptForHeld()).toBeUndefined();

    await buildAndKeep();
    await removeCatalogue(db, 'other');
    expect(await keptForHeld()).toBeUndefined();

    await buildAndKeep();
    expect(await keptForHeld()).toBeDefined();
    await deleteAllLocalData(db);
    expect(await db.searchIndex.count()).toBe(0);
  });

  it('of another format or app build is not read', async () => {
    await buildAndKeep();
    expect(await readKeptIndex(db, PREBUILT_FORMAT)).toBeDefined();
    expect(await readKeptIndex(db, `${PREBUILT_FORMAT}x`)).toBeUndefined();
  });

  it('is not kept when what is held changed while it was being built', async () => {
    const { rows, entries } = await readHeldEntries(db);
    const { prebuilt } = await buildSearchIndex(entries);
    await replaceCatalogue(db, id, content, facts(2, '2026-11-02T10:00:00.000Z'));
    await keepIndex(db, indexSource(rows), PREBUILT_FORMAT, prebuilt!);
    expect(await db.searchIndex.count()).toBe(0);
  });

  it('is built while a catalogue that will be all that is held is written, and searches as one built from what is read back', async () => {
    await dropDb(db);
    db = freshDb();
    await replaceCatalogue(db, id, content, facts(1));
    const { rows, entries } = await fromDatabase();
    const source = indexSource(rows);
    const built = await buildSearchIndex(entries, { source });
    const fresh = createSearchIndex(entries);
    for (const q of FIXED_QUERIES.flatMap(keystrokes)) {
      expect(view(built.index.search(q, { uiLanguage: 'de', limit: 10 }))).toEqual(view(fresh.search(q, { uiLanguage: 'de', limit: 10 })));
    }
    // taken once: the next load of that source builds its own
    expect((await buildSearchIndex(entries, { source })).prebuilt).not.toBe(built.prebuilt);
  });

  it('built ahead is taken for its source only', async () => {
    const { entries } = generateCatalogue(content.offers.length, 9);
    entries[7] = { ...entries[7], offer: { ...entries[7].offer, status: 'inactive' } };
    await replaceCatalogue(db, id, content, facts(2, '2026-11-02T10:00:00.000Z'));
    const source = indexSource(await db.catalogues.toArray());
    const other = await buildSearchIndex(entries, { source: `${source}x` });
    // entries of the same size under the written source get the index of what was written: the source is the caller's promise
    const taken = await buildSearchIndex(entries, { source });
    const query = { uiLanguage: 'da', limit: 10 };
    expect(view(other.index.search('lektiecafe', query))).toEqual(view(createSearchIndex(entries).search('lektiecafe', query)));
    expect(view(taken.index.search('lektiecafe', query))).not.toEqual(view(other.index.search('lektiecafe', query)));
  });

  it('stands for another source after every write of a catalogue, even of the same version', () => {
    const row = { catalogue_id: id, version: 1, snapshot_sha256: 'a', applied_at: '2026-11-01T10:00:00.000Z' };
    const other = { ...row, catalogue_id: 'other' };
    expect(indexSource([row, other])).toBe(indexSource([other, row]));
    expect(indexSource([row])).not.toBe(indexSource([{ ...row, applied_at: '2026-11-01T10:00:00.001Z' }]));
    expect(indexSource([row])).not.toBe(indexSource([{ ...row, version: 2 }]));
    expect(indexSource([row])).not.toBe(indexSource([row, other]));
  });
});

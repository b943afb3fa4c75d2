// Sync figures that need no browser: how many bytes a 1 % delta costs against the whole snapshot.
import { gzipSync } from 'node:zlib';
import { computeDelta } from '../src/catalogue/delta.ts';
import { canonicalJson } from '../src/catalogue/manifest.ts';
import type { CatalogueContent } from '../src/catalogue/schema.ts';
import { generateCatalogue, rng } from './generate.ts';

export interface DeltaFigures {
  deltaBytesRatio: number;
  deltaGzBytesRatio: number;
  snapshotBytes: number;
  deltaBytes: number;
}

/** Changes 1 % of a 10,000-offer catalogue the way coordinators do (summaries, dates, ages). */
export function benchDelta(size = 10000): DeltaFigures {
  const { content } = generateCatalogue(size);
  const r = rng(99);
  const changed = new Set<number>();
  while (changed.size < Math.ceil(size / 100)) changed.add(Math.floor(r() * size));
  const next: CatalogueContent = {
    ...content,
    offers: content.offers.map((o, i) =>
      changed.has(i) ? { ...o, summary: { ...o.summary, da: `${o.summary.da} Nyt tidspunkt.` }, assured_date: '2026-01-15' } : o,
    ),
  };
  const snapshot = canonicalJson({ catalogue_id: content.catalogue.id, version: 2, content: next });
  const delta = canonicalJson(computeDelta({ version: 1, content }, { version: 2, content: next }));
  return {
    deltaBytesRatio: delta.length / snapshot.length,
    deltaGzBytesRatio: gzipSync(delta).length / gzipSync(snapshot).length,
    snapshotBytes: snapshot.length,
    deltaBytes: delta.length,
  };
}

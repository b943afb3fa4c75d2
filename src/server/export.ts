// Writes everything the server publishes as plain files, so any static host, CDN or object
// store can serve the catalogues; the app only needs the base URL where `catalogues/` lives.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../catalogue/manifest.ts';
import { catalogueIndex } from './catalogues.ts';
import type { Db } from './db.ts';
import { MANIFEST_NAME, recordedFile, sha256OfBytes, writeAtomic } from './files.ts';
import { publishedKeyList } from './keystore.ts';

/** Cache rules for hosts that read a `_headers` file (Netlify, Cloudflare Pages); others need the same set by hand. */
const HEADERS_FILE = `/catalogues/*
  Cache-Control: public, max-age=31536000, immutable
  X-Content-Type-Options: nosniff
/catalogues/index.json
  Cache-Control: no-cache
/catalogues/keys.json
  Cache-Control: no-cache
/catalogues/*/manifest.json
  Cache-Control: no-cache
`;

export interface ExportSummary {
  catalogues: { id: string; version: number; files: number }[];
}

export function exportStatic(db: Db, dataDir: string, outDir: string): ExportSummary {
  const root = join(outDir, 'catalogues');
  mkdirSync(root, { recursive: true });
  const index = catalogueIndex(db);
  const summary: ExportSummary = { catalogues: [] };
  for (const { id, version } of index.catalogues) {
    const names = (db.prepare('SELECT name FROM published_files WHERE catalogue_id = ? ORDER BY version, name').all(id) as { name: string }[]).map((r) => r.name);
    // The manifest goes last, so a host synced file by file never points at a missing file.
    for (const name of [...names, MANIFEST_NAME]) {
      const file = recordedFile(db, id, name)!;
      if (sha256OfBytes(file.body) !== file.sha256) throw new Error(`database copy of ${id}/${name} does not match its sha256`);
      writeAtomic(join(root, id, name), file.body);
    }
    summary.catalogues.push({ id, version, files: names.length + 1 });
  }
  writeAtomic(join(root, 'keys.json'), canonicalJson(publishedKeyList(dataDir)));
  writeAtomic(join(root, 'index.json'), canonicalJson(index));
  writeAtomic(join(outDir, '_headers'), HEADERS_FILE);
  return summary;
}

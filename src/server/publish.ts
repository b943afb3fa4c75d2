// Publishing: turns a catalogue's current state into signed version N+1 (snapshot, delta from N,
// manifest). Everything is computed and written to temporary files first, the database records
// the version in one transaction (which decides the number), and only then are files renamed
// into place, so no reader ever sees a half-written version and no number is used twice.
import { renameSync } from 'node:fs';
import { applyDelta, computeDelta } from '../catalogue/delta.ts';
import { canonicalJson, manifest as manifestSchema, MANIFEST_FORMAT, type DeltaRef, type Manifest, type SnapshotFile, type UnsignedManifest } from '../catalogue/manifest.ts';
import { catalogueContent, type CatalogueContent } from '../catalogue/schema.ts';
import { signManifest } from '../catalogue/signing.ts';
import { currentContent, latestVersion, requireCatalogue } from './catalogues.ts';
import type { Db } from './db.ts';
import { MANIFEST_NAME, publishedPath, removeQuietly, sha256OfBytes, writeTemp } from './files.ts';
import { activeSigningKey } from './keystore.ts';
import { invalid, InvalidRecordError } from './offers.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PublishOptions {
  /** How long a manifest stays fresh; apps warn after that (default 90 days). */
  expiryDays?: number;
  /** How many consecutive deltas the manifest lists (default 20). */
  maxDeltas?: number;
}

export interface PublishResult {
  version: number;
  manifest: Manifest;
}

/** The current state breaks the shared schema, so it cannot be published (422). */
class PublishValidationError extends InvalidRecordError {
  override readonly statusCode = 422;
}

class VersionTaken extends Error {}

interface PreparedFile {
  name: string;
  kind: 'snapshot' | 'delta';
  from?: number;
  text: string;
  sha256: string;
  size: number;
}

interface Prepared {
  catalogueId: string;
  from: number;
  version: number;
  manifest: Manifest;
  manifestText: string;
  note: string | null;
  files: PreparedFile[];
}

function fileOf(kind: PreparedFile['kind'], value: unknown, name: (sha: string) => string, from?: number): PreparedFile {
  const text = canonicalJson(value);
  const sha256 = sha256OfBytes(text);
  return { kind, from, text, sha256, name: name(sha256), size: Buffer.byteLength(text) };
}

/** The content of a published version, as phones received it (validated when it was published). */
export function snapshotContent(db: Db, catalogueId: string, version: number): CatalogueContent {
  const row = db.prepare("SELECT body FROM published_files WHERE catalogue_id = ? AND kind = 'snapshot' AND version = ?").get(catalogueId, version) as { body: string };
  return (JSON.parse(row.body) as SnapshotFile).content;
}

async function prepare(db: Db, dataDir: string, catalogueId: string, note: string | null, now: Date, options: Required<PublishOptions>): Promise<Prepared> {
  requireCatalogue(db, catalogueId);
  const parsed = catalogueContent.safeParse(currentContent(db, catalogueId));
  if (!parsed.success) {
    const { message, issues } = invalid('the catalogue cannot be published', parsed.error);
    throw new PublishValidationError(message, issues);
  }
  const from = latestVersion(db, catalogueId);
  const version = from + 1;
  const files: PreparedFile[] = [];
  let content = parsed.data;
  if (from > 0) {
    const before = snapshotContent(db, catalogueId, from);
    const delta = computeDelta({ version: from, content: before }, { version, content });
    // The snapshot keeps the record order a phone gets by applying the delta, so both agree exactly.
    content = applyDelta(before, delta);
    files.push(fileOf('delta', delta, (sha) => `delta-${from}-${version}-${sha}.json`, from));
  }
  files.unshift(fileOf('snapshot', { catalogue_id: catalogueId, version, content }, (sha) => `snapshot-${sha}.json`));
  const snapshot = files[0];
  const earlier = db
    .prepare("SELECT from_version AS 'from', version AS 'to', name AS url, sha256, size FROM published_files WHERE catalogue_id = ? AND kind = 'delta' AND version > ? ORDER BY version")
    .all(catalogueId, version - options.maxDeltas) as DeltaRef[];
  const fresh = files.filter((f) => f.kind === 'delta').map((f) => ({ from: f.from!, to: version, url: f.name, sha256: f.sha256, size: f.size }));
  const key = activeSigningKey(dataDir);
  const unsigned: UnsignedManifest = {
    format: MANIFEST_FORMAT,
    catalogue_id: catalogueId,
    version,
    published_at: now.toISOString(),
    expires_at: new Date(now.getTime() + options.expiryDays * DAY_MS).toISOString(),
    snapshot: { url: snapshot.name, sha256: snapshot.sha256, size: snapshot.size },
    deltas: [...earlier, ...fresh],
    key_id: key.kid,
  };
  const manifest = manifestSchema.parse(await signManifest(unsigned, key.privateJwk));
  return { catalogueId, from, version, manifest, manifestText: canonicalJson(manifest), note, files };
}

function record(db: Db, p: Prepared): void {
  db.transaction(() => {
    if (latestVersion(db, p.catalogueId) !== p.from) throw new VersionTaken();
    const insertFile = db.prepare(
      'INSERT INTO published_files (catalogue_id, name, kind, version, from_version, sha256, size, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const f of p.files) insertFile.run(p.catalogueId, f.name, f.kind, p.version, f.from ?? null, f.sha256, f.size, f.text);
    const snapshot = p.files[0];
    db.prepare(
      `INSERT INTO published_versions (catalogue_id, version, published_at, expires_at, note, key_id, snapshot_name, snapshot_sha256, manifest, manifest_sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(p.catalogueId, p.version, p.manifest.published_at, p.manifest.expires_at, p.note, p.manifest.key_id, snapshot.name, snapshot.sha256, p.manifestText, sha256OfBytes(p.manifestText));
  }).immediate();
}

/** Publishes catalogues of one data folder; publishes of the same catalogue run one after another. */
export class Publisher {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly options: Required<PublishOptions>;

  constructor(
    private readonly db: Db,
    private readonly dataDir: string,
    options: PublishOptions = {},
  ) {
    this.options = { expiryDays: options.expiryDays ?? 90, maxDeltas: options.maxDeltas ?? 20 };
  }

  publish(catalogueId: string, opts: { note?: string; now?: Date } = {}): Promise<PublishResult> {
    const previous = this.queues.get(catalogueId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.publishNow(catalogueId, opts.note ?? null, opts.now ?? new Date()));
    this.queues.set(catalogueId, run);
    return run;
  }

  private async publishNow(catalogueId: string, note: string | null, now: Date): Promise<PublishResult> {
    // Another process sharing the data folder may take the number first; then start over.
    for (let attempt = 1; ; attempt++) {
      const p = await prepare(this.db, this.dataDir, catalogueId, note, now, this.options);
      const targets = [...p.files.map((f) => ({ path: publishedPath(this.dataDir, catalogueId, f.name), text: f.text })), { path: publishedPath(this.dataDir, catalogueId, MANIFEST_NAME), text: p.manifestText }];
      const temps = targets.map((t) => writeTemp(t.path, t.text));
      try {
        record(this.db, p);
      } catch (error) {
        temps.forEach(removeQuietly);
        if (error instanceof VersionTaken && attempt < 5) continue;
        throw error;
      }
      // Content files first, the manifest that points at them last.
      targets.forEach((t, i) => renameSync(temps[i], t.path));
      return { version: p.version, manifest: p.manifest };
    }
  }
}

// The published files on disk are a copy of what the database records: written atomically,
// checked against their recorded sha256 before first served, and rebuilt from the database when a
// file is missing or was altered, so a tampered or half-written file is never served.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, openSync, fsyncSync, closeSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from './db.ts';

export const MANIFEST_NAME = 'manifest.json';

export function sha256OfBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function cataloguesDir(dataDir: string): string {
  return join(dataDir, 'catalogues');
}

export function publishedPath(dataDir: string, catalogueId: string, name: string): string {
  return join(cataloguesDir(dataDir), catalogueId, name);
}

/** Writes next to the target under a temporary name (durably), for a later atomic rename. */
export function writeTemp(target: string, bytes: Uint8Array | string, mode = 0o644): string {
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', mode);
  try {
    writeFileSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

export function writeAtomic(target: string, bytes: Uint8Array | string, mode?: number): void {
  renameSync(writeTemp(target, bytes, mode), target);
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** What the database says a published file must contain. */
export interface RecordedFile {
  sha256: string;
  body: string;
}

/** The recorded content of a file beside a catalogue's manifest, or undefined if none. */
export function recordedFile(db: Db, catalogueId: string, name: string): RecordedFile | undefined {
  if (name === MANIFEST_NAME) {
    const row = db
      .prepare('SELECT manifest AS body, manifest_sha256 AS sha256 FROM published_versions WHERE catalogue_id = ? ORDER BY version DESC LIMIT 1')
      .get(catalogueId) as RecordedFile | undefined;
    return row;
  }
  return db.prepare('SELECT body, sha256 FROM published_files WHERE catalogue_id = ? AND name = ?').get(catalogueId, name) as RecordedFile | undefined;
}

export interface FileEvent {
  catalogueId: string;
  name: string;
  problem: 'missing' | 'altered';
}

/**
 * Reads a published file and checks it against the database. A file whose bytes differ from
 * the recorded sha256 (or that is missing) is rewritten from the database and the event
 * reported; if even the database copy does not match its hash, nothing is served.
 */
export class PublishedFiles {
  /** Files already hashed, keyed by path, valid while size, mtime, ctime and inode stay the same. */
  private readonly verified = new Map<string, { stamp: string; sha256: string }>();

  constructor(
    private readonly db: Db,
    private readonly dataDir: string,
    private readonly onRepair: (event: FileEvent) => void = () => {},
  ) {}

  read(catalogueId: string, name: string): { bytes: Buffer; sha256: string } | undefined {
    const recorded = recordedFile(this.db, catalogueId, name);
    if (!recorded) return undefined;
    const path = publishedPath(this.dataDir, catalogueId, name);
    const stamp = stampOf(path);
    const known = stamp && this.verified.get(path);
    if (known && known.stamp === stamp && known.sha256 === recorded.sha256) return { bytes: readFileSync(path), sha256: recorded.sha256 };
    const bytes = stamp ? readFileSync(path) : undefined;
    if (bytes && sha256OfBytes(bytes) === recorded.sha256) {
      this.verified.set(path, { stamp: stamp!, sha256: recorded.sha256 });
      return { bytes, sha256: recorded.sha256 };
    }
    return this.repair(catalogueId, name, recorded, bytes ? 'altered' : 'missing');
  }

  /**
   * On start, after a crash: rewrites every file the database records for one catalogue that is
   * missing or has the wrong size. Only a stat per file, since read() hashes each file before it
   * is first served anyway; hashing the whole history here would grow start-up with every publish.
   */
  repairCatalogue(catalogueId: string): void {
    const files = this.db.prepare('SELECT name, size FROM published_files WHERE catalogue_id = ?').all(catalogueId) as { name: string; size: number }[];
    const manifest = recordedFile(this.db, catalogueId, MANIFEST_NAME);
    if (manifest) files.push({ name: MANIFEST_NAME, size: Buffer.byteLength(manifest.body) });
    for (const { name, size } of files) if (sizeOf(publishedPath(this.dataDir, catalogueId, name)) !== size) this.read(catalogueId, name);
  }

  private repair(catalogueId: string, name: string, recorded: RecordedFile, problem: FileEvent['problem']) {
    const bytes = Buffer.from(recorded.body, 'utf8');
    if (sha256OfBytes(bytes) !== recorded.sha256) throw new Error(`database copy of ${catalogueId}/${name} does not match its sha256`);
    const path = publishedPath(this.dataDir, catalogueId, name);
    writeAtomic(path, bytes);
    this.verified.set(path, { stamp: stampOf(path)!, sha256: recorded.sha256 });
    this.onRepair({ catalogueId, name, problem });
    return { bytes, sha256: recorded.sha256 };
  }
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function stampOf(path: string): string | undefined {
  const s = statOf(path);
  return s && `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

function sizeOf(path: string): number | undefined {
  return statOf(path)?.size;
}

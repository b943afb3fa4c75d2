// The published description of one catalogue version and the exact bytes its signature covers.
// Server (signs) and app (verifies) must agree byte for byte, so both use this file.
import { z } from 'zod';
import { catalogueContent, catalogueInfo, need, offer, organisation, place } from './schema.ts';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const relativeFile = z.string().regex(/^[a-z0-9][a-z0-9._-]*\.json$/, 'a file name beside the manifest');
const fileRef = z.object({ url: relativeFile, sha256: sha256Hex, size: z.number().int().min(0) }).strict();

export const MANIFEST_FORMAT = 1;

export const unsignedManifest = z
  .object({
    format: z.literal(MANIFEST_FORMAT),
    catalogue_id: z.string().min(1),
    version: z.number().int().min(1),
    published_at: z.string().datetime(),
    expires_at: z.string().datetime(),
    snapshot: fileRef,
    deltas: z.array(fileRef.extend({ from: z.number().int().min(1), to: z.number().int().min(2) }).strict()),
    key_id: z.string().min(1),
  })
  .strict();
export type UnsignedManifest = z.infer<typeof unsignedManifest>;

export const manifest = unsignedManifest.extend({ signature: z.string().min(1) }).strict();
export type Manifest = z.infer<typeof manifest>;
export type DeltaRef = Manifest['deltas'][number];

/** A snapshot file: the whole catalogue at one version. */
export const snapshotFile = z
  .object({ catalogue_id: z.string(), version: z.number().int().min(1), content: catalogueContent })
  .strict();
export type SnapshotFile = z.infer<typeof snapshotFile>;

/** A delta file: what changed from one version to the next. Records are whole (no patches). */
export const deltaFile = z
  .object({
    catalogue_id: z.string(),
    from: z.number().int().min(1),
    to: z.number().int().min(2),
    catalogue: catalogueInfo.optional(),
    upsert: z
      .object({
        offers: z.array(offer).default([]),
        organisations: z.array(organisation).default([]),
        needs: z.array(need).default([]),
        places: z.array(place).default([]),
      })
      .strict(),
    remove: z
      .object({
        offers: z.array(z.string()).default([]),
        organisations: z.array(z.string()).default([]),
        needs: z.array(z.string()).default([]),
        places: z.array(z.string()).default([]),
      })
      .strict(),
  })
  .strict();
export type DeltaFile = z.infer<typeof deltaFile>;

/**
 * Canonical JSON (RFC 8785 style for our value space): object keys sorted by UTF-16 code
 * units, no whitespace, `undefined` members dropped. Numbers use JavaScript's shortest form.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('non-finite number in canonical JSON');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`unsupported value in canonical JSON: ${typeof value}`);
}

/** The bytes a manifest's signature covers: the canonical JSON of everything but the signature. */
export function manifestSigningBytes(m: UnsignedManifest | Manifest): Uint8Array {
  const { signature: _ignored, ...unsigned } = m as Manifest;
  return new TextEncoder().encode(canonicalJson(unsigned));
}

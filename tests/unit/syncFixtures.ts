// A publisher in memory for sync tests: signs real manifests, writes snapshot and delta files and
// serves them through a fetch with ETags, so the sync runs exactly as it would against a server.
import { computeDelta } from '../../src/catalogue/delta.ts';
import { endorseKey, type KeyList } from '../../src/catalogue/keys.ts';
import { canonicalJson, type DeltaRef, type Manifest, type UnsignedManifest } from '../../src/catalogue/manifest.ts';
import type { CatalogueContent, Offer, Organisation } from '../../src/catalogue/schema.ts';
import { generateSigningKey, keyIdOf, sha256Hex, signManifest, type TrustedKey } from '../../src/catalogue/signing.ts';
import { AppDatabase } from '../../src/storage/db.ts';
import type { VersionFacts } from '../../src/storage/catalogueStore.ts';

export const BASE = 'https://catalogues.example.org';
const DAY = 86_400_000;

export function makeOrganisation(n: number): Organisation {
  return { id: `org-${n}`, name: `Forening ${n}`, description: { da: `Forening nummer ${n}` }, phones: [] };
}

export function makeOffer(n: number, org = 1, label = 'Lektiehjælp'): Offer {
  return {
    id: `offer-${n}`,
    organization_id: `org-${org}`,
    status: 'active',
    name: { da: `${label} ${n}`, en: `Homework help ${n}` },
    summary: { da: 'Hjælp efter skole' },
    description: { da: 'Frivillige hjælper med lektier.' },
    categories: ['homework'],
    languages: ['da'],
    free: true,
    cost_options: [],
    access: 'self',
    phones: [],
    locations: [],
    schedules: [],
    assured_date: '2026-10-01',
  };
}

export function makeContent(id = 'aarhus', offers = 3, orgs = 2): CatalogueContent {
  return {
    catalogue: { id, name: { da: 'Aarhus', en: 'Aarhus' }, region: 'Aarhus Kommune', default_language: 'da' },
    needs: [{ id: 'homework', name: { da: 'Lektiehjælp', en: 'Homework help' }, synonyms: {} }],
    organisations: Array.from({ length: orgs }, (_, i) => makeOrganisation(i + 1)),
    offers: Array.from({ length: offers }, (_, i) => makeOffer(i + 1, (i % orgs) + 1)),
    places: [],
  };
}

export interface Signer extends TrustedKey {
  privateJwk: JsonWebKey;
}

export async function makeSigner(): Promise<Signer> {
  const { privateJwk, publicJwk } = await generateSigningKey();
  return { kid: await keyIdOf(publicJwk), jwk: publicJwk, privateJwk };
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** Publishes versions of one catalogue and answers fetches for them like the real server. */
export class FakePublisher {
  readonly files = new Map<string, Uint8Array>();
  readonly requests: string[] = [];
  readonly keys: KeyList = { keys: [] };
  versions: { version: number; content: CatalogueContent }[] = [];
  manifest?: Manifest;
  offline = false;
  now = new Date('2026-11-21T09:00:00.000Z');
  /** Runs before a request is answered; may throw, mutate files or wait. */
  beforeAnswer?: (path: string, signal?: AbortSignal) => void | Promise<void>;

  constructor(
    readonly catalogueId: string,
    public signer: Signer,
  ) {
    this.keys.keys.push({ kid: signer.kid, jwk: signer.jwk as KeyList['keys'][number]['jwk'] });
  }

  private async put(name: string, text: string) {
    const data = bytes(text);
    this.files.set(`${this.catalogueId}/${name}`, data);
    return { url: name, sha256: await sha256Hex(data), size: data.byteLength };
  }

  /** Signs and serves a manifest exactly as given (for tampering and rollback tests). */
  async serveManifest(unsigned: UnsignedManifest, signer: Signer = this.signer): Promise<Manifest> {
    this.manifest = await signManifest({ ...unsigned, key_id: signer.kid }, signer.privateJwk);
    this.files.set(`${this.catalogueId}/manifest.json`, bytes(JSON.stringify(this.manifest)));
    return this.manifest;
  }

  /** Publishes the next version with a snapshot and consecutive deltas for the last `keep` versions. */
  async publish(content: CatalogueContent, options: { expiresInDays?: number; keep?: number } = {}): Promise<Manifest> {
    const version = (this.versions.at(-1)?.version ?? 0) + 1;
    const previous = this.versions.at(-1);
    this.versions.push({ version, content: structuredClone(content) });
    const snapshot = await this.put(`snapshot-${version}.json`, JSON.stringify({ catalogue_id: this.catalogueId, version, content }));
    if (previous) await this.put(`delta-${previous.version}-${version}.json`, JSON.stringify(computeDelta(previous, { version, content })));
    const keep = options.keep ?? 20;
    const deltas: DeltaRef[] = [];
    for (const v of this.versions.slice(-keep - 1, -1)) {
      const name = `${this.catalogueId}/delta-${v.version}-${v.version + 1}.json`;
      const data = this.files.get(name)!;
      deltas.push({ from: v.version, to: v.version + 1, url: name.split('/')[1], sha256: await sha256Hex(data), size: data.byteLength });
    }
    return this.serveManifest({
      format: 1,
      catalogue_id: this.catalogueId,
      version,
      published_at: this.now.toISOString(),
      expires_at: new Date(this.now.getTime() + (options.expiresInDays ?? 90) * DAY).toISOString(),
      snapshot,
      deltas,
      key_id: this.signer.kid,
    });
  }

  /** Rotates to a new key endorsed by the current one; later manifests are signed by it. */
  async rotate(): Promise<Signer> {
    const next = await makeSigner();
    this.keys.keys.push(await endorseKey(next, this.signer.kid, this.signer.privateJwk));
    this.signer = next;
    return next;
  }

  private async etag(data: Uint8Array) {
    return `"${(await sha256Hex(data)).slice(0, 32)}"`;
  }

  readonly fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (this.offline) throw new TypeError('Failed to fetch');
    if (!input.startsWith(`${BASE}/catalogues/`)) throw new TypeError(`unexpected URL ${input}`);
    const path = input.slice(`${BASE}/catalogues/`.length);
    this.requests.push(path);
    await this.beforeAnswer?.(path, signal);
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (path === 'keys.json') return Response.json(this.keys);
    const data = this.files.get(path);
    if (!data) return new Response('not found', { status: 404 });
    const etag = await this.etag(data);
    const sent = new Headers(init.headers).get('If-None-Match');
    if (sent === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
    return new Response(data.slice(), { status: 200, headers: { ETag: etag, 'Content-Type': 'application/json' } });
  };
}

/** The version row facts of a write made directly through replaceCatalogue (no sync). */
export const versionFacts = (version: number, applied = '2026-11-01T10:00:00.000Z'): VersionFacts => ({
  version,
  published_at: '2026-11-01T09:00:00Z',
  expires_at: '2099-01-01T00:00:00Z',
  snapshot_sha256: `sha-${version}`,
  applied_at: applied,
});

let dbCount = 0;
export function freshDb(): AppDatabase {
  return new AppDatabase(`sync-test-${process.pid}-${++dbCount}`);
}

/** Closes and deletes a test's database, so the next test starts from an empty device. */
export async function dropDb(db: AppDatabase): Promise<void> {
  db.close();
  await db.delete();
}

/** What most sync tests start from: an empty device and a publisher of the Aarhus catalogue. */
export async function freshDevice(): Promise<{ db: AppDatabase; pub: FakePublisher }> {
  return { db: freshDb(), pub: new FakePublisher('aarhus', await makeSigner()) };
}

/** Everything held for one catalogue, in a shape two states can be compared by. */
export async function heldState(db: AppDatabase, catalogueId: string) {
  const [row, offers, organisations] = await Promise.all([
    db.catalogues.get(catalogueId),
    db.offers.where('catalogue_id').equals(catalogueId).sortBy('id'),
    db.organisations.where('catalogue_id').equals(catalogueId).sortBy('id'),
  ]);
  if (!row) return { row, offers, organisations };
  const { applied_at: _when, ...facts } = row;
  return { row: facts, offers, organisations };
}

/** A snapshot's content in the order the device stores it, for comparing with what is held. */
export function normalised(content: CatalogueContent) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ...content,
    offers: [...content.offers].sort(byId).map((o) => canonicalJson(o)),
    organisations: [...content.organisations].sort(byId).map((o) => canonicalJson(o)),
  };
}

/** One server offering several catalogues signed by one key, with `/catalogues/index.json`. */
export function fakeServer(publishers: FakePublisher[]) {
  const server = {
    offline: false,
    fetch: async (input: string, init?: RequestInit): Promise<Response> => {
      if (server.offline) throw new TypeError('Failed to fetch');
      const path = input.slice(`${BASE}/catalogues/`.length);
      if (path === 'index.json') {
        const catalogues = publishers.map((p) => {
          const latest = p.versions.at(-1)!;
          return { ...latest.content.catalogue, version: latest.version };
        });
        return Response.json({ catalogues });
      }
      const owner = publishers.find((p) => path.startsWith(`${p.catalogueId}/`)) ?? publishers[0];
      return owner.fetch(input, init);
    },
  };
  return server;
}

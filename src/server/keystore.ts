// The server's signing keys, kept in the data folder (owner-only file). The newest key signs;
// older public keys stay published, each newer key endorsed by its predecessor, so apps built
// with an older key follow a rotation without being reinstalled.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { endorseKey, keyList, type KeyList } from '../catalogue/keys.ts';
import { generateSigningKey, keyIdOf, type TrustedKey } from '../catalogue/signing.ts';
import { writeAtomic } from './files.ts';

export const KEYSTORE_FILE = 'signing-keys.json';

const jwk = z.record(z.string(), z.unknown());
const storedKey = z
  .object({
    kid: z.string().min(1),
    public_jwk: jwk,
    /** Only the active key keeps its private half; a retired key cannot sign or endorse. */
    private_jwk: jwk.optional(),
    created_at: z.string(),
    endorsed_by: z.string().optional(),
    endorsement: z.string().optional(),
  })
  .strict();
const keystore = z.object({ keys: z.array(storedKey).min(1) }).strict();
type Keystore = z.infer<typeof keystore>;

export interface SigningKey {
  kid: string;
  privateJwk: JsonWebKey;
}

function keystorePath(dataDir: string): string {
  return join(dataDir, KEYSTORE_FILE);
}

function save(dataDir: string, store: Keystore): void {
  writeAtomic(keystorePath(dataDir), `${JSON.stringify(store, null, 2)}\n`, 0o600);
}

function load(dataDir: string): Keystore | undefined {
  const path = keystorePath(dataDir);
  if (!existsSync(path)) return undefined;
  return keystore.parse(JSON.parse(readFileSync(path, 'utf8')));
}

async function newKey(): Promise<{ kid: string; publicJwk: JsonWebKey; privateJwk: JsonWebKey }> {
  const { privateJwk, publicJwk } = await generateSigningKey();
  return { kid: await keyIdOf(publicJwk), publicJwk: publicOnly(publicJwk), privateJwk };
}

function publicOnly(jwk: JsonWebKey): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

/** Makes the first key pair when the data folder has none. */
export async function ensureSigningKeys(dataDir: string): Promise<void> {
  if (load(dataDir)) return;
  const key = await newKey();
  save(dataDir, { keys: [{ kid: key.kid, public_jwk: key.publicJwk as Record<string, unknown>, private_jwk: key.privateJwk as Record<string, unknown>, created_at: new Date().toISOString() }] });
}

function loadOrFail(dataDir: string): Keystore {
  const store = load(dataDir);
  if (!store) throw new Error(`no signing key in ${dataDir}; start the server once to make one`);
  return store;
}

/** The key new manifests are signed with: the newest one. Read each time, so a rotation by the CLI applies at once. */
export function activeSigningKey(dataDir: string): SigningKey {
  const newest = loadOrFail(dataDir).keys.at(-1)!;
  if (!newest.private_jwk) throw new Error(`signing key ${newest.kid} has no private half`);
  return { kid: newest.kid, privateJwk: newest.private_jwk as JsonWebKey };
}

/** `/catalogues/keys.json`: every public key, oldest first, with endorsements. */
export function publishedKeyList(dataDir: string): KeyList {
  return keyList.parse({
    keys: loadOrFail(dataDir).keys.map((k) => ({
      kid: k.kid,
      jwk: k.public_jwk,
      ...(k.endorsed_by ? { endorsed_by: k.endorsed_by, endorsement: k.endorsement } : {}),
    })),
  });
}

/** The keys an app build should trust out of the box (VITE_TRUSTED_KEYS). */
export function trustedKeys(dataDir: string): TrustedKey[] {
  return publishedKeyList(dataDir).keys.map((k) => ({ kid: k.kid, jwk: k.jwk }));
}

/** Makes a new key endorsed by the current one, which then loses its private half. */
export async function rotateSigningKey(dataDir: string): Promise<{ previous: string; current: string }> {
  const store = loadOrFail(dataDir);
  const old = activeSigningKey(dataDir);
  const key = await newKey();
  const endorsed = await endorseKey({ kid: key.kid, jwk: key.publicJwk }, old.kid, old.privateJwk);
  const keys: Keystore['keys'] = store.keys.map(({ private_jwk: _retired, ...rest }) => rest);
  keys.push({
    kid: key.kid,
    public_jwk: key.publicJwk as Record<string, unknown>,
    private_jwk: key.privateJwk as Record<string, unknown>,
    created_at: new Date().toISOString(),
    endorsed_by: endorsed.endorsed_by,
    endorsement: endorsed.endorsement,
  });
  save(dataDir, { keys });
  return { previous: old.kid, current: key.kid };
}

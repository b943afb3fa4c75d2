// Key rotation end to end: the operator rotates with the CLI, and an app that trusts only the
// original key follows the endorsement chain in keys.json to verify manifests signed later.
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { endorseKey, extendTrust, keyList, type KeyList } from '../../src/catalogue/keys.ts';
import { manifest } from '../../src/catalogue/manifest.ts';
import { generateSigningKey, keyIdOf, verifyManifest, type TrustedKey } from '../../src/catalogue/signing.ts';
import { KEYSTORE_FILE } from '../../src/server/keystore.ts';
import { removeDir, startFixtureServer, type TestServer } from './helpers.ts';

const run = promisify(execFile);
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDir(server.dataDir);
  server = undefined;
});

async function rotateWithCli(dataDir: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'rotate-key'], { env: { ...process.env, DATA_DIR: dataDir } });
  return stdout;
}

async function published(s: TestServer): Promise<KeyList> {
  return keyList.parse(await (await fetch(`${s.url}/catalogues/keys.json`)).json());
}

async function latestManifest(s: TestServer) {
  return manifest.parse(await (await fetch(`${s.url}/catalogues/testby/manifest.json`)).json());
}

describe('key rotation', () => {
  it('signs new manifests with an endorsed key that an app built with the old key accepts', async () => {
    server = await startFixtureServer();
    const original: TrustedKey[] = (await published(server)).keys.map(({ kid, jwk }) => ({ kid, jwk }));
    expect(original).toHaveLength(1);
    expect(statSync(join(server.dataDir, KEYSTORE_FILE)).mode & 0o777).toBe(0o600);

    // Rotated by the CLI while the server runs: the next publish already uses the new key.
    expect(await rotateWithCli(server.dataDir)).toMatch(/new signing key/);
    await server.api('/api/catalogues/testby/publish', { method: 'POST' });
    const m = await latestManifest(server);
    const keys = await published(server);
    expect(keys.keys.map((k) => k.kid)).toEqual([original[0].kid, m.key_id]);
    expect(keys.keys[1].endorsed_by).toBe(original[0].kid);

    expect(await verifyManifest(m, original)).toBe(false);
    const grown = await extendTrust(original, keys);
    expect(grown.map((k) => k.kid)).toEqual([original[0].kid, m.key_id]);
    expect(await verifyManifest(m, grown)).toBe(true);

    // The retired key can no longer sign anything: its private half is gone from the data folder.
    const store = JSON.parse(readFileSync(join(server.dataDir, KEYSTORE_FILE), 'utf8'));
    expect(store.keys.map((k: { private_jwk?: unknown }) => k.private_jwk !== undefined)).toEqual([false, true]);
  });

  it('chains two rotations across a restart', async () => {
    server = await startFixtureServer();
    const original = (await published(server)).keys.map(({ kid, jwk }) => ({ kid, jwk }));
    await server.close();
    await rotateWithCli(server.dataDir);
    await rotateWithCli(server.dataDir);
    server = await startFixtureServer({ dataDir: server.dataDir });
    await server.api('/api/catalogues/testby/publish', { method: 'POST' });
    const m = await latestManifest(server);
    const keys = await published(server);
    expect(keys.keys).toHaveLength(3);
    expect(m.key_id).toBe(keys.keys[2].kid);
    expect(await verifyManifest(m, await extendTrust(original, keys))).toBe(true);
  });

  it('does not let an unendorsed key into the trusted set', async () => {
    server = await startFixtureServer();
    const keys = await published(server);
    const original = keys.keys.map(({ kid, jwk }) => ({ kid, jwk }));
    const intruder = await generateSigningKey();
    const intruderKid = await keyIdOf(intruder.publicJwk);
    // Endorsed by a key of its own making, claiming to be the server's key id.
    const forged = await endorseKey({ kid: intruderKid, jwk: intruder.publicJwk }, original[0].kid, intruder.privateJwk);
    const grown = await extendTrust(original, { keys: [...keys.keys, forged] });
    expect(grown.map((k) => k.kid)).toEqual([original[0].kid]);
  });
});

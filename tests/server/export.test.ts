// The static export is byte for byte what the server serves, so a CDN copy verifies the same.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { keyList } from '../../src/catalogue/keys.ts';
import { manifest } from '../../src/catalogue/manifest.ts';
import { sha256Hex, verifyManifest } from '../../src/catalogue/signing.ts';
import { fixtureCatalogue, removeDir, startFixtureServer, tempDir, type TestServer } from './helpers.ts';

const run = promisify(execFile);
let server: TestServer;
let outDir: string;
afterEach(async () => {
  await server.close();
  removeDir(server.dataDir);
  removeDir(outDir);
});

describe('npm run catalogue -- export', () => {
  it('writes index, keys and every manifest, snapshot and delta as served', async () => {
    server = await startFixtureServer({ seed: [fixtureCatalogue('testby'), fixtureCatalogue('andenby')] });
    const first = manifest.parse(await (await fetch(`${server.url}/catalogues/testby/manifest.json`)).json());
    await server.api('/api/catalogues/testby/publish', { method: 'POST' });
    await server.api('/api/catalogues/testby/publish', { method: 'POST' });
    outDir = tempDir();
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'export', outDir], { env: { ...process.env, DATA_DIR: server.dataDir } });
    expect(stdout).toMatch(/testby: version 3/);
    const root = join(outDir, 'catalogues');
    for (const name of ['index.json', 'keys.json', 'testby/manifest.json', 'andenby/manifest.json']) {
      const served = await (await fetch(`${server.url}/catalogues/${name}`)).text();
      expect(readFileSync(join(root, name), 'utf8'), name).toBe(served);
    }
    const keys = keyList.parse(JSON.parse(readFileSync(join(root, 'keys.json'), 'utf8'))).keys;
    const m = manifest.parse(JSON.parse(readFileSync(join(root, 'testby', 'manifest.json'), 'utf8')));
    expect(await verifyManifest(m, keys)).toBe(true);
    for (const ref of [m.snapshot, ...m.deltas]) {
      expect(await sha256Hex(readFileSync(join(root, 'testby', ref.url))), ref.url).toBe(ref.sha256);
    }
    // Older snapshots stay available for phones holding an older manifest.
    expect(existsSync(join(root, 'testby', first.snapshot.url))).toBe(true);
    expect(first.snapshot.url).not.toBe(m.snapshot.url);
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toMatch(/manifest\.json\n\s+Cache-Control: no-cache/);
  });
});

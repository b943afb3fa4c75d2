// When `npm start` must rebuild the app: no build, a build trusting other keys, or newer sources.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/catalogue/manifest.ts';
import { BUILD_INFO, staleReason } from '../../src/server/build.ts';
import { sha256OfBytes } from '../../src/server/files.ts';
import { removeDir, tempDir } from './helpers.ts';

const keys = [{ kid: 'abc', jwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } }];
let root: string;
afterEach(() => removeDir(root));

function setUp() {
  root = tempDir();
  mkdirSync(join(root, 'src', 'server'), { recursive: true });
  writeFileSync(join(root, 'src', 'app.ts'), '');
  writeFileSync(join(root, 'src', 'server', 'main.ts'), '');
  mkdirSync(join(root, 'dist'));
  const past = new Date(Date.now() - 60_000);
  for (const f of ['src/app.ts', 'src/server/main.ts', 'src/server', 'src']) utimesSync(join(root, f), past, past);
  return join(root, 'dist');
}

function writeBuild(dist: string, trusted: unknown) {
  writeFileSync(join(dist, 'index.html'), '');
  writeFileSync(join(dist, BUILD_INFO), JSON.stringify({ keys_sha256: sha256OfBytes(canonicalJson(trusted)) }));
}

describe('staleReason', () => {
  it('asks for a build when there is none or it trusts other keys', () => {
    const dist = setUp();
    expect(staleReason(root, dist, keys)).toBe('no build yet');
    writeFileSync(join(dist, 'index.html'), '');
    expect(staleReason(root, dist, keys)).toBe('built without signing keys');
    writeBuild(dist, [{ kid: 'other' }]);
    expect(staleReason(root, dist, keys)).toBe('built with other signing keys');
    writeBuild(dist, keys);
    expect(staleReason(root, dist, keys)).toBeUndefined();
  });

  it('rebuilds after an app source changes, not after a server source changes', () => {
    const dist = setUp();
    writeBuild(dist, keys);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'server', 'main.ts'), later, later);
    expect(staleReason(root, dist, keys)).toBeUndefined();
    utimesSync(join(root, 'src', 'app.ts'), later, later);
    expect(staleReason(root, dist, keys)).toBe('sources changed since the last build');
  });
});

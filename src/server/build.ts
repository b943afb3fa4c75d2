// Builds the PWA when it is missing, older than its sources, or built trusting other signing
// keys than this data folder's, so `npm start` always serves an app that verifies its catalogues.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { canonicalJson } from '../catalogue/manifest.ts';
import type { TrustedKey } from '../catalogue/signing.ts';
import { sha256OfBytes, writeAtomic } from './files.ts';

export const BUILD_INFO = 'build-info.json';
/** What the app bundle is made from; the server's own code is not part of it. */
const SOURCES = ['src', 'locales', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string, skip: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    if (full.startsWith(skip)) continue;
    newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Why the app must be (re)built, or undefined when the build is current. */
export function staleReason(root: string, distDir: string, keys: TrustedKey[]): string | undefined {
  const infoPath = join(distDir, BUILD_INFO);
  if (!existsSync(join(distDir, 'index.html'))) return 'no build yet';
  if (!existsSync(infoPath)) return 'built without signing keys';
  const info = JSON.parse(readFileSync(infoPath, 'utf8')) as { keys_sha256?: string };
  if (info.keys_sha256 !== sha256OfBytes(canonicalJson(keys))) return 'built with other signing keys';
  const builtAt = statSync(infoPath).mtimeMs;
  const server = resolve(root, 'src', 'server');
  if (SOURCES.some((s) => newestMtime(resolve(root, s), server) > builtAt)) return 'sources changed since the last build';
  return undefined;
}

export async function ensureAppBuilt(opts: { root: string; distDir: string; keys: TrustedKey[]; log?: (line: string) => void }): Promise<boolean> {
  const reason = staleReason(opts.root, opts.distDir, opts.keys);
  if (!reason) return false;
  opts.log?.(`building the app (${reason}) …`);
  process.env.VITE_TRUSTED_KEYS = JSON.stringify(opts.keys);
  const { build } = await import('vite');
  await build({ root: opts.root, logLevel: 'warn', build: { outDir: opts.distDir, emptyOutDir: true } });
  writeAtomic(join(opts.distDir, BUILD_INFO), canonicalJson({ keys_sha256: sha256OfBytes(canonicalJson(opts.keys)), built_at: new Date().toISOString() }));
  return true;
}

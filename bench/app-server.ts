// The real app for the browser benchmark: this tree built into a private folder (never racing
// anyone's ./dist) and the real server publishing one generated catalogue, on 127.0.0.1 only.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startServer } from '../src/server/server.ts';
import { generateCatalogue } from './generate.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

export interface BenchApp {
  url: string;
  /** For the editing API (Authorization: Bearer), to publish new versions while the app runs. */
  publishToken: string;
  catalogueId: string;
  size: number;
  /** Where the served build lives, and whether it is this tree's own build or ./dist as a fallback. */
  distDir: string;
  built: 'fresh' | 'dist-fallback';
  buildMs: number;
  seedMs: number;
  close(): Promise<void>;
}

/** Builds the app; if the tree does not build right now (someone mid-edit), serves ./dist instead. */
async function buildApp(outDir: string, readable: boolean): Promise<{ distDir: string; built: BenchApp['built'] }> {
  try {
    // readable: unminified, so a CPU profile names the functions (sizes and timings then differ)
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, ...(readable ? { minify: false } : {}) } });
    return { distDir: outDir, built: 'fresh' };
  } catch (err) {
    const dist = join(ROOT, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw err;
    console.error(`! the tree does not build (${String(err).split('\n')[0]}); measuring ./dist instead`);
    return { distDir: dist, built: 'dist-fallback' };
  }
}

export async function startBenchApp(size: number, readable = false): Promise<BenchApp> {
  const tmp = mkdtempSync(join(tmpdir(), 'tilbud-bench-'));
  const dataDir = join(tmp, 'data');
  try {
    let t = performance.now();
    const { distDir, built } = await buildApp(join(tmp, 'dist'), readable);
    const buildMs = performance.now() - t;
    const { content } = generateCatalogue(size);
    t = performance.now();
    const server = await startServer({ dataDir, port: 0, distDir, seed: [content], seedDemo: false, demoAccounts: false, logger: false });
    const seedMs = performance.now() - t;
    return {
      url: server.url,
      publishToken: server.publishToken,
      catalogueId: content.catalogue.id,
      size,
      distDir,
      built,
      buildMs,
      seedMs,
      close: async () => {
        await server.close();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

// Offline cold start: Chromium relaunched on a profile that holds the app (service worker cache)
// and the catalogue, with no network; navigation start → searchbox and first results painted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { startProfiler, stopProfiler, type ProfileSummary } from './profile.ts';
import { launchPersistent, within } from '../tests/e2e/browser.ts';
import type { BenchApp } from './app-server.ts';
import { controlled, LOCALE, painted, PHONE, PROBES, waitIn } from './sync-browser.ts';

/** Opened with a query in the URL, so the start ends with a result list, as when reopening a search. */
export const START_QUERY = 'lektiecafe';

export interface ColdStartRun {
  /** Navigation start → the searchbox painted. */
  searchboxMs: number;
  /** Navigation start → the results for START_QUERY (in the URL) painted: the figure that counts. */
  resultsMs: number;
  /** The longest main-thread task from navigation start to results painted (0: none over 50 ms). */
  longestTaskMs: number;
  /** An uncached request failed, so the run really was offline. */
  offline: boolean;
}

async function open(dir: string, offline: boolean): Promise<BrowserContext> {
  const context = await launchPersistent(dir, { locale: LOCALE, viewport: PHONE, offline, serviceWorkers: 'allow' });
  await context.addInitScript({ path: PROBES });
  return context;
}

/** A profile after one online visit: service worker in control, catalogue synced, results seen. */
export async function prepareProfile(app: BenchApp): Promise<{ dir: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'tilbud-profile-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    const context = await open(dir, false);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${app.url}/?q=${START_QUERY}`);
      await within(30_000, 'catalogue chooser', page.locator(`input[name="catalogue"][value="${app.catalogueId}"]`).waitFor());
      await page.getByRole('button', { name: 'Brug dette katalog' }).click();
      await waitIn(page, 'service worker in control', 30_000, controlled, undefined);
      await waitIn(page, 'synced', 120_000, painted, ['results'], 50);
    } finally {
      await context.close();
    }
    return { dir, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}

export async function coldStartOnce(dir: string, app: BenchApp): Promise<ColdStartRun> {
  const context = await open(dir, true);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${app.url}/?q=${START_QUERY}`);
    await waitIn(page, 'offline start to results', 30_000, painted, ['searchbox', 'results']);
    const { marks, longTasks } = (await page.evaluate('({ marks: __bench.marks, longTasks: __bench.longTasks })')) as {
      marks: { searchbox: number; results: number };
      longTasks: { start: number; duration: number }[];
    };
    const offline = (await page.evaluate(`fetch('/catalogues/index.json', { cache: 'no-store' }).then(() => false, () => true)`)) as boolean;
    const longestTaskMs = Math.max(0, ...longTasks.filter((t) => t.start <= marks.results).map((t) => t.duration));
    return { searchboxMs: marks.searchbox, resultsMs: marks.results, longestTaskMs, offline };
  } finally {
    await context.close();
  }
}

/**
 * The same start under the CPU profiler: a reload while offline in a synced context, so the page's
 * renderer (which the profiler is bound to) stays the same. Diagnosis only, not a timed run.
 */
export async function profiledOfflineStart(context: BrowserContext, app: BenchApp): Promise<ProfileSummary> {
  const page = await context.newPage();
  try {
    await page.goto(`${app.url}/?q=${START_QUERY}`);
    await waitIn(page, 'online start', 60_000, painted, ['results']);
    await context.setOffline(true);
    const cdp = await startProfiler(page);
    await page.reload();
    await waitIn(page, 'offline start to results (profiled)', 60_000, painted, ['results']);
    return await stopProfiler(cdp);
  } finally {
    await context.setOffline(false);
    await page.close();
  }
}

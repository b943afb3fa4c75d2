// First sync of a whole catalogue in Chromium against the real app and server: from pressing
// "use this catalogue" to the version row in IndexedDB and the start screen searchable (needs painted).
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { within } from '../tests/e2e/browser.ts';
import type { BenchApp } from './app-server.ts';
import { startProfiler, stopProfiler, type ProfileSummary } from './profile.ts';

export const PROBES = new URL('./probes.js', import.meta.url).pathname;
export const PHONE = { width: 390, height: 844 };
/** Danish UI, as a teacher in Aarhus meets it. */
export const LOCALE = 'da-DK';
/** The app's Dexie database (src/storage/db.ts). */
const DB_NAME = 'tilbudsguiden';

/** What bench/probes.js puts on the page. */
interface Probe {
  settled(quietMs: number): boolean;
  marks: Record<string, unknown>;
  sync?: { versionRow?: number };
}
declare global {
  interface Window {
    __bench: Probe;
  }
}

/** Waits on a function predicate: a string one would need eval, which the app's CSP rightly forbids. */
export function waitIn<A extends string[] | number | undefined>(page: Page, what: string, ms: number, predicate: (arg: A) => boolean, arg: A, polling = 20): Promise<unknown> {
  return within(ms, what, page.waitForFunction(predicate as (arg: unknown) => boolean, arg, { polling, timeout: 0 }));
}
/** Page errors and console errors, so a failed wait says what the app complained about. */
export function watchErrors(page: Page): (err: unknown) => Error {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && seen.push(m.text()));
  return (err) => new Error(`${String(err)}${seen.length ? `\n  the page said: ${seen.slice(0, 5).join('\n  ')}` : ''}`);
}

/** Predicate: the probes saw every named screen part painted. */
export const painted = (names: string[]): boolean => names.every((n) => typeof window.__bench.marks[n] === 'number');
export const settled = (quietMs: number): boolean => window.__bench.settled(quietMs);
export const controlled = (): boolean => !!navigator.serviceWorker.controller;

export interface SyncRun {
  /**
   * Press → the start screen's need tiles painted: the figure that counts. The tiles come from the
   * same load that builds the search index, so from then on every keystroke finds results.
   */
  totalMs: number;
  /** Press → snapshot body received (manifest, key list, signature check, download). */
  downloadMs: number;
  /** Snapshot received → version row committed (hash check, parse, schema check, IndexedDB write). */
  verifyAndWriteMs: number;
  /** Version row → start screen painted (read back from IndexedDB, index build, render). */
  indexAndRenderMs: number;
  snapshotTransferBytes: number;
  snapshotBytes: number;
  /** The longest main-thread task between press and searchable (0: none over 50 ms). */
  longestTaskMs: number;
  longTasks: { startMs: number; durationMs: number; phase: string }[];
}

interface PageFigures {
  submit: number;
  versionRow: number;
  ready: number;
  resources: { name: string; end: number; transfer: number; decoded: number }[];
  longTasks: { start: number; duration: number }[];
}

/** A fresh context with the probes; the first visit waits for the service worker, as a user reading the welcome does. */
export async function openApp(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: LOCALE, viewport: PHONE, serviceWorkers: 'allow' });
  await context.addInitScript({ path: PROBES });
  return context;
}

/** One first-run sync in a fresh context; the synced context is handed back for further measuring. */
export async function syncOnce(browser: Browser, app: BenchApp, profile = false): Promise<{ run: SyncRun; context: BrowserContext; hot?: ProfileSummary }> {
  const context = await openApp(browser);
  try {
    const page = await context.newPage();
    const failed = watchErrors(page);
    try {
      await page.goto(app.url);
      const choice = page.locator(`input[name="catalogue"][value="${app.catalogueId}"]`);
      await within(30_000, 'catalogue chooser', choice.waitFor());
      if (!(await choice.isChecked())) await choice.check();
      await waitIn(page, 'service worker in control', 30_000, controlled, undefined);
      await page.evaluate(`__bench.armSync(${JSON.stringify(app.catalogueId)}, ${JSON.stringify(DB_NAME)})`);
    } catch (err) {
      throw failed(err);
    }
    const cdp = profile ? await startProfiler(page) : undefined;
    const files = watchFiles(context, app.catalogueId);
    await page.getByRole('button', { name: 'Brug dette katalog' }).click();
    await waitIn(page, 'synced and start screen painted', 120_000, (names) => window.__bench.sync?.versionRow !== undefined && names.every((n) => typeof window.__bench.marks[n] === 'number'), ['needs']).catch((err) => {
      throw failed(err);
    });
    const hot = cdp && (await stopProfiler(cdp));
    const seen = (await page.evaluate(`({
      submit: __bench.sync.submit,
      versionRow: __bench.sync.versionRow,
      ready: __bench.marks.needs,
      longTasks: __bench.longTasks,
      timeOrigin: performance.timeOrigin,
    })`)) as Omit<PageFigures, 'resources'> & { timeOrigin: number };
    const f: PageFigures = { ...seen, resources: await files(seen.timeOrigin) };
    await page.close();
    return { run: toRun(f, app.catalogueId), context, hot };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/**
 * The catalogue's content files fetched from now on, by the page or by its sync worker (whose
 * fetches the page's resource timing does not list), with their end in the page's clock.
 */
function watchFiles(context: BrowserContext, catalogueId: string): (timeOrigin: number) => Promise<PageFigures['resources']> {
  const finished: Request[] = [];
  const folder = `/catalogues/${encodeURIComponent(catalogueId)}/`;
  const seen = (r: Request) => r.url().includes(folder) && !r.url().endsWith('manifest.json') && finished.push(r);
  context.on('requestfinished', seen);
  return async (timeOrigin) => {
    context.off('requestfinished', seen);
    return Promise.all(
      finished.map(async (r) => {
        const { startTime, responseEnd } = r.timing();
        // a response answered through the service worker may never hand over its body: sizes then stay 0
        const sizes = await within(10_000, 'request sizes', r.sizes()).catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
        const body = await within(10_000, 'response body', (async () => (await r.response())?.body())()).catch(() => undefined);
        return { name: r.url(), end: startTime + responseEnd - timeOrigin, transfer: sizes.responseBodySize + sizes.responseHeadersSize, decoded: body?.byteLength ?? 0 };
      }),
    );
  };
}

function toRun(f: PageFigures, catalogueId: string): SyncRun {
  const files = f.resources.filter((r) => r.name.includes(`/catalogues/${encodeURIComponent(catalogueId)}/`) && !r.name.endsWith('manifest.json') && r.end > f.submit);
  const snapshot = files.sort((a, b) => b.decoded - a.decoded || b.transfer - a.transfer)[0];
  if (!snapshot) throw new Error('no snapshot download seen');
  const phase = (t: number) => (t < snapshot.end ? 'download' : t < f.versionRow ? 'verify+write' : 'index+render');
  const longTasks = f.longTasks.filter((t) => t.start >= f.submit && t.start <= f.ready);
  return {
    totalMs: f.ready - f.submit,
    downloadMs: snapshot.end - f.submit,
    verifyAndWriteMs: f.versionRow - snapshot.end,
    indexAndRenderMs: f.ready - f.versionRow,
    snapshotTransferBytes: snapshot.transfer,
    snapshotBytes: snapshot.decoded,
    longestTaskMs: Math.max(0, ...longTasks.map((t) => t.duration)),
    longTasks: longTasks.map((t) => ({ startMs: t.start - f.submit, durationMs: t.duration, phase: phase(t.start) })),
  };
}

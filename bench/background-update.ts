// A new catalogue version arriving while the app is open and searchable (a background update): the
// longest main-thread task from the check to the new version's offers on screen, in Chromium against
// the real build. `node --import tsx bench/background-update.ts --size=10000 --runs=3`.
import type { Browser } from 'playwright-core';
import { launchBrowser, within } from '../tests/e2e/browser.ts';
import { publisherApi } from '../tests/e2e/server.ts';
import { startBenchApp, type BenchApp } from './app-server.ts';
import { median } from './measure.ts';
import { startProfiler, stopProfiler, type ProfileSummary } from './profile.ts';
import { painted, settled, syncOnce, waitIn, watchErrors } from './sync-browser.ts';

/** Per round a word no generated offer has (nor any earlier round's): once a result shows it, the new version is searchable. */
const MARKS = ['zebrafisk', 'kolibri', 'narhval', 'axolotl', 'okapi'];

export interface UpdateRun {
  version: number;
  /** Offers renamed in the new version. */
  changed: number;
  /** Check → the renamed offers' results painted. */
  totalMs: number;
  longestTaskMs: number;
  longTasks: number;
  hot?: ProfileSummary;
}

/** Renames `share` of the offers to carry the round's mark and publishes: the next version. */
async function publishEdit(app: BenchApp, share: number, round: number): Promise<{ version: number; changed: number }> {
  const api = publisherApi(app.url, app.publishToken);
  const id = encodeURIComponent(app.catalogueId);
  const { offers } = (await (await api('GET', `/api/catalogues/${id}/offers`)).json()) as { offers: { id: string; name: Record<string, string> }[] };
  const step = Math.max(1, Math.round(1 / share));
  const chosen = offers.filter((_, i) => (i + round) % step === 0);
  for (const offer of chosen) await api('PUT', `/api/catalogues/${id}/offers/${encodeURIComponent(offer.id)}`, { ...offer, name: { ...offer.name, da: `${MARKS[round]} ${offer.name.da ?? ''}` } });
  const { version } = (await (await api('POST', `/api/catalogues/${id}/publish`, {})).json()) as { version: number };
  return { version, changed: chosen.length };
}

declare global {
  interface Window {
    __update?: { shown?: number | 'pending' };
  }
}

/** In the page: stamps the frame in which the result list first shows `mark` (a renamed offer of the new version). */
function watchResults(mark: string): void {
  const update: { shown?: number | 'pending' } = {};
  window.__update = update;
  new MutationObserver(() => {
    if (update.shown !== undefined || !document.querySelector('ul[aria-labelledby="result-count"]')?.textContent?.includes(mark)) return;
    update.shown = 'pending';
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (update.shown = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}
const shown = (): boolean => typeof window.__update?.shown === 'number';

export async function backgroundUpdateOnce(browser: Browser, app: BenchApp, round: number, { share = 0.01, profile = false } = {}): Promise<UpdateRun> {
  const { context } = await syncOnce(browser, app);
  try {
    const page = await context.newPage();
    const failed = watchErrors(page);
    await page.goto(`${app.url}/?q=${MARKS[round]}`);
    await waitIn(page, 'start screen', 60_000, painted, ['searchbox']);
    // the start's own check found nothing new; the app is quiet, its results for the mark are of the old version
    await waitIn(page, 'quiet app', 60_000, settled, 1000, 50);
    const published = await publishEdit(app, share, round);
    await page.evaluate(`(${watchResults.toString()})(${JSON.stringify(MARKS[round])})`);
    const cdp = profile ? await startProfiler(page) : undefined;
    const t0 = (await page.evaluate(`(window.dispatchEvent(new Event('online')), performance.now())`)) as number;
    await within(120_000, 'new version searchable', waitIn(page, 'renamed offers shown', 120_000, shown, undefined, 50)).catch((err) => {
      throw failed(err);
    });
    const hot = cdp && (await stopProfiler(cdp));
    const f = (await page.evaluate('({ shown: __update.shown, longTasks: __bench.longTasks })')) as { shown: number; longTasks: { start: number; duration: number }[] };
    const tasks = f.longTasks.filter((t) => t.start >= t0 && t.start <= f.shown);
    return { ...published, totalMs: f.shown - t0, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length, hot };
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
  // --profile: an unminified build under the CPU profiler (diagnosis, not figures)
  const profile = process.argv.includes('--profile');
  const app = await startBenchApp(arg('size', 10000), profile);
  const browser = await launchBrowser();
  try {
    const runs: UpdateRun[] = [];
    for (let round = 0; round < Math.min(arg('runs', 3), MARKS.length); round++) {
      const { hot, ...run } = await backgroundUpdateOnce(browser, app, round, { profile });
      runs.push(run);
      console.error(`… update to version ${run.version}: ${JSON.stringify(run)}`);
      if (hot) console.error(`  hottest (busy ${hot.busyMs.toFixed(0)} ms; total / self ms):\n${[...hot.byTotal, ...hot.bySelf].map((l) => `  ${l.totalMs.toFixed(0).padStart(6)} ${l.selfMs.toFixed(0).padStart(6)}  ${l.fn}`).join('\n')}`);
    }
    console.log(
      `background update of ${app.size} offers (${runs[0].changed} renamed), median of ${runs.length}: check → shown ${median(runs.map((r) => r.totalMs)).toFixed(0)} ms, longest main-thread task ${median(runs.map((r) => r.longestTaskMs)).toFixed(0)} ms (per run ${runs.map((r) => r.longestTaskMs.toFixed(0)).join(', ')})`,
    );
  } finally {
    await browser.close();
    await app.close();
  }
}

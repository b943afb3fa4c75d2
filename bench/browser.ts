// The browser half of `npm run bench`: the real built app in headless Chromium against the real
// server holding a generated catalogue: sync, keystroke to painted results, long tasks while
// typing, first-screen JavaScript and the offline cold start, each repeated and reported as medians.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from 'playwright-core';
import { launchBrowser, within } from '../tests/e2e/browser.ts';
import { startBenchApp, type BenchApp } from './app-server.ts';
import { median, percentile } from './measure.ts';
import { coldStartOnce, prepareProfile, profiledOfflineStart, type ColdStartRun } from './offline-start.ts';
import { startProfiler, stopProfiler, type ProfileSummary } from './profile.ts';
import { painted, settled, syncOnce, waitIn, type SyncRun } from './sync-browser.ts';

export interface BrowserPlan {
  size: number;
  syncRuns: number;
  coldStartRuns: number;
  queries: readonly string[];
  /** Typing stops starting new queries after this long (a slow app must not stall the bench). */
  typingBudgetMs: number;
  /** Times the queries are typed, each round in a freshly opened page. */
  typingRounds: number;
  /** Record a CPU profile while typing and during one extra sync, on an unminified build, and name the hottest functions. */
  profile: boolean;
}

export interface TypingFigures {
  /** Typed characters measured, all rounds. */
  keystrokes: number;
  /** Queries typed within the budget in the first round, of all planned. */
  queriesTyped: number;
  queriesPlanned: number;
  /** Medians over the rounds (each a fresh page, as a fresh start of the app) of each round's p50 / p95 over typed characters. */
  p50Ms: number;
  p95Ms: number;
  /** Each round's p95 over typed characters. */
  roundP95Ms: number[];
  maxMs: number;
  /** Clearing the field between queries (select all, Delete: results give way to the start panels), kept apart from typing. */
  clearP50Ms: number;
  clearP95Ms: number;
  /** p95 over typed characters and clearing keys together (median of rounds). */
  allKeysP95Ms: number;
  longestTaskMs: number;
  longTasks: number;
  /** Event Timing entries over 16 ms (input → next paint of the event itself). */
  slowEvents: number;
  maxEventMs: number;
  /** The same probe on a bare input with nothing behind it: what a frame alone costs here, p50 / p95. */
  floorP50Ms: number;
  floorP95Ms: number;
  /** The result count shown after each whole query, to show the search really answered. */
  counts: Record<string, string>;
  hot?: ProfileSummary;
}

export interface BrowserFigures {
  size: number;
  build: BenchApp['built'];
  sync: { medianMs: number; downloadMs: number; verifyAndWriteMs: number; indexAndRenderMs: number; snapshotBytes: number; snapshotTransferBytes: number; runs: SyncRun[]; hot?: ProfileSummary };
  typing: TypingFigures;
  /** Scripts fetched before the start screen is painted, the search worker's included (`worker`: a worker's own script); `later`: fetched after it. */
  firstScreen: { jsGzBytes: number; workerJsGzBytes: number; laterJsGzBytes: number; files: { url: string; gzBytes: number; worker: boolean; afterPaint: boolean }[] };
  coldStart: { resultsMs: number; searchboxMs: number; runs: ColdStartRun[]; hot?: ProfileSummary };
}

/** Waits between keys until the page has been quiet this long: every keystroke measured on its own. */
const QUIET_MS = 100;

/** Keystroke to next frame on a bare input: the floor any app's figure stands on in this browser. */
async function measureFloor(context: BrowserContext, queries: readonly string[]): Promise<{ p50: number; p95: number }> {
  const page = await context.newPage();
  // answered here, never fetched: a fresh document so the probes load as on any page
  await page.route('http://floor.invalid/', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><input aria-label="floor">' }));
  await page.goto('http://floor.invalid/');
  await page.focus('input');
  for (const ch of queries.join('')) {
    await page.keyboard.type(ch);
    await waitIn(page, 'floor keystroke', 10_000, settled, QUIET_MS, 16);
  }
  const keys = (await page.evaluate('__bench.keyLatencies()')) as { ms: number }[];
  await page.close();
  return { p50: percentile(keys.map((k) => k.ms), 50), p95: percentile(keys.map((k) => k.ms), 95) };
}

interface TypingRound {
  typed: number[];
  cleared: number[];
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number }[];
  counts: Record<string, string>;
}

/** Types every query key by key into the searchbox of a freshly opened start screen. */
async function typingRound(context: BrowserContext, app: BenchApp, plan: BrowserPlan, profile: boolean): Promise<TypingRound & { hot?: ProfileSummary }> {
  const page = await context.newPage();
  await page.goto(app.url);
  const box = page.getByRole('searchbox');
  await within(30_000, 'start screen', box.waitFor());
  await waitIn(page, 'quiet start screen', 30_000, settled, 500, 50);
  const cdp = profile ? await startProfiler(page) : undefined;
  const typingStart = (await page.evaluate('performance.now()')) as number;
  const counts: Record<string, string> = {};
  // positions of the clearing keys among the recorded keys
  const clearing = new Set<number>();
  const started = performance.now();
  for (const query of plan.queries) {
    if (performance.now() - started > plan.typingBudgetMs) break;
    await page.evaluate('__bench.stopKeys()');
    const before = (await page.evaluate('__bench.keys.length')) as number;
    await box.fill('');
    await box.focus();
    await waitIn(page, 'cleared field', 30_000, settled, QUIET_MS, 16);
    const after = (await page.evaluate('__bench.keys.length')) as number;
    for (let i = before; i < after; i++) clearing.add(i);
    for (const ch of query) {
      await page.keyboard.type(ch);
      await waitIn(page, `keystroke in "${query}"`, 30_000, settled, QUIET_MS, 16);
    }
    counts[query] = (await page.locator('#result-count').textContent()) ?? '';
  }
  const hot = cdp && (await stopProfiler(cdp));
  const f = (await page.evaluate('({ keys: __bench.keyLatencies(), longTasks: __bench.longTasks, events: __bench.events })')) as {
    keys: { ms: number }[];
    longTasks: { start: number; duration: number }[];
    events: { name: string; start: number; duration: number }[];
  };
  await page.close();
  return {
    typed: f.keys.filter((_, i) => !clearing.has(i)).map((k) => k.ms),
    cleared: f.keys.filter((_, i) => clearing.has(i)).map((k) => k.ms),
    longTasks: f.longTasks.filter((t) => t.start >= typingStart),
    events: f.events.filter((e) => e.start >= typingStart && ['keydown', 'keypress', 'keyup', 'input', 'beforeinput'].includes(e.name)),
    counts,
    hot,
  };
}

/** Typing in `plan.typingRounds` fresh pages: per-round percentiles, their medians, and the worst tasks of all. */
async function typeQueries(context: BrowserContext, app: BenchApp, plan: BrowserPlan): Promise<TypingFigures> {
  const floor = await measureFloor(context, plan.queries.slice(0, 4));
  const rounds: (TypingRound & { hot?: ProfileSummary })[] = [];
  for (let r = 0; r < plan.typingRounds; r++) rounds.push(await typingRound(context, app, plan, plan.profile && r === 0));
  const perRound = (f: (r: TypingRound) => number) => median(rounds.map(f));
  const tasks = rounds.flatMap((r) => r.longTasks);
  const events = rounds.flatMap((r) => r.events);
  return {
    keystrokes: rounds.reduce((n, r) => n + r.typed.length, 0),
    queriesTyped: Object.keys(rounds[0].counts).length,
    queriesPlanned: plan.queries.length,
    p50Ms: perRound((r) => percentile(r.typed, 50)),
    p95Ms: perRound((r) => percentile(r.typed, 95)),
    roundP95Ms: rounds.map((r) => percentile(r.typed, 95)),
    maxMs: Math.max(...rounds.flatMap((r) => r.typed)),
    clearP50Ms: perRound((r) => percentile(r.cleared, 50)),
    clearP95Ms: perRound((r) => percentile(r.cleared, 95)),
    allKeysP95Ms: perRound((r) => percentile([...r.typed, ...r.cleared], 95)),
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longTasks: tasks.length,
    slowEvents: events.length,
    maxEventMs: Math.max(0, ...events.map((e) => e.duration)),
    floorP50Ms: floor.p50,
    floorP95Ms: floor.p95,
    counts: rounds[0].counts,
    hot: rounds[0].hot,
  };
}

/**
 * The scripts a held-catalogue start screen asks for before it is painted (searchbox and need
 * tiles), each gzipped at level 9 as served; what is fetched after that (until the network is
 * idle, e.g. the sync) is counted apart.
 */
async function firstScreenJs(context: BrowserContext, app: BenchApp): Promise<BrowserFigures['firstScreen']> {
  const page = await context.newPage();
  const requests: Request[] = [];
  const workers = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') requests.push(r);
  });
  page.on('worker', (w) => workers.add(w.url()));
  await page.goto(app.url);
  await waitIn(page, 'start screen', 30_000, painted, ['searchbox', 'needs']);
  await page.waitForLoadState('networkidle');
  // wall-clock time of the frame that showed the start screen, comparable with request start times
  const paintedAt = (await page.evaluate('performance.timeOrigin + __bench.marks.needs')) as number;
  await page.close();
  const files = await Promise.all(
    [...new Map(requests.map((r) => [r.url(), r])).values()].map(async (r) => {
      const body = Buffer.from(await (await fetch(r.url())).arrayBuffer());
      return { url: new URL(r.url()).pathname, gzBytes: gzipSync(body, { level: 9 }).length, worker: workers.has(r.url()), afterPaint: r.timing().startTime > paintedAt };
    }),
  );
  const sum = (fs: typeof files) => fs.reduce((s, f) => s + f.gzBytes, 0);
  const first = files.filter((f) => !f.afterPaint);
  return { jsGzBytes: sum(first), workerJsGzBytes: sum(first.filter((f) => f.worker)), laterJsGzBytes: sum(files.filter((f) => f.afterPaint)), files };
}

export async function benchBrowser(plan: BrowserPlan): Promise<BrowserFigures> {
  const app = await startBenchApp(plan.size, plan.profile);
  console.error(`… app ${app.built === 'fresh' ? 'built' : 'from ./dist'} in ${(app.buildMs / 1000).toFixed(1)} s, ${plan.size} offers published in ${(app.seedMs / 1000).toFixed(1)} s`);
  const browser = await launchBrowser();
  try {
    const runs: SyncRun[] = [];
    let synced: BrowserContext | undefined;
    for (let i = 0; i < plan.syncRuns; i++) {
      await synced?.close();
      const { run, context } = await syncOnce(browser, app);
      runs.push(run);
      synced = context;
    }
    console.error(`… sync runs: ${runs.map((r) => r.totalMs.toFixed(0)).join(', ')} ms`);
    const typing = await typeQueries(synced!, app, plan);
    console.error(`… typed ${typing.keystrokes} keystrokes`);
    const firstScreen = await firstScreenJs(synced!, app);
    const coldHot = plan.profile ? await profiledOfflineStart(synced!, app) : undefined;
    await synced!.close();
    // one more sync with the profiler on, kept out of the timed runs
    const hot = plan.profile ? await syncOnce(browser, app, true).then(async ({ context, hot }) => (await context.close(), hot)) : undefined;

    const profile = await prepareProfile(app);
    const cold: ColdStartRun[] = [];
    try {
      for (let i = 0; i < plan.coldStartRuns; i++) cold.push(await coldStartOnce(profile.dir, app));
    } finally {
      profile.dispose();
    }
    if (cold.some((r) => !r.offline)) throw new Error('a cold start reached the network: not an offline start');
    const med = (f: (r: SyncRun) => number) => median(runs.map(f));
    return {
      size: plan.size,
      build: app.built,
      sync: {
        medianMs: med((r) => r.totalMs),
        downloadMs: med((r) => r.downloadMs),
        verifyAndWriteMs: med((r) => r.verifyAndWriteMs),
        indexAndRenderMs: med((r) => r.indexAndRenderMs),
        snapshotBytes: runs[0].snapshotBytes,
        snapshotTransferBytes: runs[0].snapshotTransferBytes,
        runs,
        hot,
      },
      typing,
      firstScreen,
      coldStart: { resultsMs: median(cold.map((r) => r.resultsMs)), searchboxMs: median(cold.map((r) => r.searchboxMs)), runs: cold, hot: coldHot },
    };
  } finally {
    await browser.close();
    await app.close();
  }
}

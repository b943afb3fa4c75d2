// `npm run bench` (`-- --quick` for a short run): search at 1,000 / 10,000 / 50,000 offers against
// plain fuse.js and MiniSearch, the sync delta size, and the real app in Chromium; prints a table,
// writes bench/results.json. `--no-browser` skips Chromium, `--browser-size=N` picks its catalogue,
// `--profile` adds CPU profiles of typing and sync (unminified build: diagnosis, not figures).
import { writeFileSync } from 'node:fs';
import { benchBrowser, type BrowserFigures } from './browser.ts';
import { median } from './measure.ts';
import { FIXED_QUERIES } from './queries.ts';
import { benchSearchSize, type EngineFigures, type SizeFigures } from './search.ts';
import { benchDelta } from './sync.ts';

const quick = process.argv.includes('--quick');
// `--sizes=none` skips the search part (e.g. to measure only the browser).
const SIZES = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8).split(',') ?? ['1000', '10000', '50000']).map(Number).filter((n) => n > 0);
// --quick keeps every size (results.json has all keys) but types fewer queries (fewest at 50,000,
// where MiniSearch takes tenths of a second per query): under two minutes in all.
const plan = (size: number) => ({
  queries: quick ? FIXED_QUERIES.slice(0, size >= 50000 ? 2 : 4) : FIXED_QUERIES,
  recallQueries: quick ? (size >= 50000 ? 10 : 20) : 100,
  baselineCap: size >= 50000 ? (quick ? 1 : 12) : size >= 10000 ? (quick ? 2 : 60) : quick ? 10 : Infinity,
});

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const browserPlan = {
  size: Number(arg('browser-size') ?? (quick ? 1000 : 10000)),
  syncRuns: quick ? 2 : 5,
  coldStartRuns: quick ? 2 : 5,
  queries: quick ? FIXED_QUERIES.slice(0, 4) : FIXED_QUERIES,
  typingBudgetMs: quick ? 15_000 : 120_000,
  typingRounds: quick ? 1 : 3,
  profile: process.argv.includes('--profile'),
};

const results: Record<string, unknown> = { quick, machine: `${process.platform} ${process.arch} node ${process.version}` };
const rows: string[] = [];
const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const row = (size: number, name: string, f: EngineFigures, ours: EngineFigures) =>
  `${String(size).padStart(6)} ${name.padEnd(9)} ${fmt(f.p50Ms, 2).padStart(8)} ${fmt(f.p95Ms, 2).padStart(8)} ${fmt(f.recallAt10, 3).padStart(7)} ${fmt(f.indexBuildMs, 0).padStart(8)} ${fmt(f.indexHeapMB).padStart(8)} ${String(f.queries).padStart(6)}   ${name === 'search' ? '' : `p95 ×${fmt(f.p95Ms / ours.p95Ms)}  build ×${fmt(f.indexBuildMs / ours.indexBuildMs)}`}`;

for (const size of SIZES) {
  const t = performance.now();
  const figures: SizeFigures = benchSearchSize(size, plan(size));
  results[String(size)] = figures;
  rows.push(row(size, 'search', figures.search, figures.search));
  rows.push(row(size, 'baseline', figures.baseline, figures.search));
  rows.push(row(size, 'peer', figures.peer, figures.search));
  console.error(`… ${size} offers measured in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const delta = benchDelta();
let browser: BrowserFigures | undefined;
if (!process.argv.includes('--no-browser')) {
  const t = performance.now();
  browser = await benchBrowser(browserPlan);
  console.error(`… browser figures at ${browserPlan.size} offers measured in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
Object.assign(results, {
  deltaBytesRatio: delta.deltaBytesRatio,
  deltaGzBytesRatio: delta.deltaGzBytesRatio,
  // Chromium against the built app, at `browser.size` offers (1,000 with --quick); null when skipped.
  browserKeystrokeP95Ms: browser?.typing.p95Ms ?? null,
  longestTaskWhileTypingMs: browser?.typing.longestTaskMs ?? null,
  sync10kMs: browser?.sync.medianMs ?? null,
  firstScreenJsGzBytes: browser?.firstScreen.jsGzBytes ?? null,
  offlineColdStartMs: browser?.coldStart.resultsMs ?? null,
  browser: browser ? { ...browser, profiled: browserPlan.profile } : null,
});

console.log('\n  size engine     p50 ms   p95 ms  rec@10 build ms  heap MB  runs   ratio to ours');
console.log(rows.join('\n'));
console.log(
  `\nbaseline (plain fuse.js) runs on at most ${plan(50000).baselineCap} keystrokes and recall queries at 50,000, ${plan(10000).baselineCap} at 10,000 and ${plan(1000).baselineCap} at 1,000 (seconds per query).`,
);
console.log(`1 % delta / snapshot bytes: ${fmt(delta.deltaBytesRatio * 100, 2)} % (gzipped ${fmt(delta.deltaGzBytesRatio * 100, 2)} %)`);
if (browser) console.log(browserTable(browser));
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2));
console.log('written: bench/results.json');

function browserTable(b: BrowserFigures): string {
  const t = b.typing;
  const s = b.sync;
  const c = b.coldStart;
  const kb = b.firstScreen.jsGzBytes / 1024;
  const syncTask = median(s.runs.map((r) => r.longestTaskMs));
  const startTask = median(c.runs.map((r) => r.longestTaskMs));
  const line = (what: string, measured: string, target: string, ok: boolean | undefined, detail: string) =>
    `${what.padEnd(46)} ${measured.padStart(11)}  ${target.padEnd(9)} ${ok === undefined ? ' ' : ok ? '✓' : '✗'}  ${detail}`;
  const lines = [
    `\nChromium against the real build${b.build === 'fresh' ? '' : ' (./dist: the tree did not build)'}, ${b.size} offers${browserPlan.profile ? ', PROFILED (unminified: diagnosis, not figures)' : ''}`,
    `${''.padEnd(46)} ${'measured'.padStart(11)}  target`,
    line(`keystroke → results painted, p50 / p95 ms`, `${fmt(t.p50Ms, 0)} / ${fmt(t.p95Ms, 0)}`, 'p95 ≤ 16', t.p95Ms <= 16,
      `medians of ${t.roundP95Ms.length} rounds (p95 ${t.roundP95Ms.map((x) => fmt(x, 1)).join(', ')}), ${t.keystrokes} typed keys of ${t.queriesTyped}/${t.queriesPlanned} queries, max ${fmt(t.maxMs, 0)}; a bare input: ${fmt(t.floorP50Ms, 0)} / ${fmt(t.floorP95Ms, 0)}`),
    line('clearing the field, p50 / p95 ms', `${fmt(t.clearP50Ms, 0)} / ${fmt(t.clearP95Ms, 0)}`, '', undefined, `between queries (results give way to the start panels); with the typed keys: p95 ${fmt(t.allKeysP95Ms, 1)}`),
    line('longest main-thread task while typing, ms', fmt(t.longestTaskMs, 0), '≤ 50', t.longestTaskMs <= 50, `${t.longTasks} tasks over 50 ms; ${t.slowEvents} input events over 16 ms, max ${fmt(t.maxEventMs, 0)}`),
    line(`sync: press → searchable, median of ${s.runs.length}, ms`, fmt(s.medianMs, 0), '≤ 3000', s.medianMs <= 3000,
      `download ${fmt(s.downloadMs, 0)} · verify+write ${fmt(s.verifyAndWriteMs, 0)} · read+index+render ${fmt(s.indexAndRenderMs, 0)}; ${fmt(s.snapshotTransferBytes / 1e3, 0)} KB on the wire`),
    line('first-screen JavaScript, gzipped KB', fmt(kb, 1), '≤ 170', kb <= 170, `before the start screen is painted, the search worker's ${fmt(b.firstScreen.workerJsGzBytes / 1024, 1)} KB included; ${fmt(b.firstScreen.laterJsGzBytes / 1024, 1)} KB more after it`),
    line(`offline cold start → results, median of ${c.runs.length}, ms`, fmt(c.resultsMs, 0), '≤ 1500', c.resultsMs <= 1500, `searchbox painted at ${fmt(c.searchboxMs, 0)}`),
    line('longest main-thread task: sync / offline start, ms', `${fmt(syncTask, 0)} / ${fmt(startTask, 0)}`, '≤ 50', Math.max(syncTask, startTask) <= 50,
      `medians; per sync ${s.runs.map((r) => fmt(r.longestTaskMs, 0)).join(', ')}; per start ${c.runs.map((r) => fmt(r.longestTaskMs, 0)).join(', ')}`),
  ];
  if (b.size !== 10000) lines.push(`(at ${b.size} offers; the targets are for 10,000: run without --quick)`);
  for (const [what, hot] of [['typing', t.hot], ['syncing', s.hot], ['starting offline', c.hot]] as const)
    if (hot)
      lines.push(
        `\nhottest while ${what} (busy ${fmt(hot.busyMs, 0)} ms; total / self ms):`,
        ...hot.byTotal.map((l) => `  ${fmt(l.totalMs, 0).padStart(6)} ${fmt(l.selfMs, 0).padStart(6)}  ${l.fn}`),
        '  by self:',
        ...hot.bySelf.map((l) => `  ${fmt(l.totalMs, 0).padStart(6)} ${fmt(l.selfMs, 0).padStart(6)}  ${l.fn}`),
      );
  return lines.join('\n');
}

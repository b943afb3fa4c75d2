// `npm run bench` (`-- --quick` for a short run): search at 1,000 / 10,000 / 50,000 offers against
// plain fuse.js and MiniSearch, and the sync delta size; prints a table, writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { benchSearchSize, type EngineFigures, type SizeFigures } from './search.ts';
import { benchDelta } from './sync.ts';

const quick = process.argv.includes('--quick');
const SIZES = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8).split(',') ?? ['1000', '10000', '50000']).map(Number);
const plan = (size: number) => ({
  recallQueries: quick ? 30 : 100,
  baselineCap: size >= 50000 ? (quick ? 2 : 12) : size >= 10000 ? (quick ? 4 : 60) : quick ? 30 : Infinity,
});

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
Object.assign(results, {
  deltaBytesRatio: delta.deltaBytesRatio,
  deltaGzBytesRatio: delta.deltaGzBytesRatio,
  // Measured in Chromium against the built app; not part of this runner yet.
  browserKeystrokeP95Ms: null,
  longestTaskWhileTypingMs: null,
  sync10kMs: null,
  firstScreenJsGzBytes: null,
  offlineColdStartMs: null,
});

console.log('\n  size engine     p50 ms   p95 ms  rec@10 build ms  heap MB  runs   ratio to ours');
console.log(rows.join('\n'));
console.log(
  `\nbaseline (plain fuse.js) runs on at most ${plan(50000).baselineCap} keystrokes and recall queries at 50,000, ${plan(10000).baselineCap} at 10,000 and ${plan(1000).baselineCap} at 1,000 (seconds per query).`,
);
console.log(`1 % delta / snapshot bytes: ${fmt(delta.deltaBytesRatio * 100, 2)} % (gzipped ${fmt(delta.deltaGzBytesRatio * 100, 2)} %)`);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2));
console.log('written: bench/results.json');

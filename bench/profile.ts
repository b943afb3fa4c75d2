// Where the main thread's time goes when a browser figure misses its target: a V8 CPU profile
// over CDP, boiled down to the functions with the most self and inclusive time.
import type { CDPSession, Page } from 'playwright-core';

export interface ProfileLine {
  fn: string;
  selfMs: number;
  totalMs: number;
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function startProfiler(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

export interface ProfileSummary {
  /** Busy main-thread time in the profile (everything but idle). */
  busyMs: number;
  byTotal: ProfileLine[];
  bySelf: ProfileLine[];
}

export async function stopProfiler(cdp: CDPSession, top = 15): Promise<ProfileSummary> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return summariseProfile(profile as CpuProfile, top);
}

/** Not work: the thread waiting, and the tree's root. (program) is native work such as layout and stays. */
const IDLE = new Set(['(idle)', '(root)']);

function label(f: CallFrame): string {
  const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
}

/** The hottest functions by inclusive time (a recursive function counted once per sample) and by self time. */
export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busyMs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // a sample's time is the gap to the next one
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(samples[i]);
    if (!leaf || IDLE.has(leaf.callFrame.functionName)) continue;
    busyMs += ms;
    const leafLabel = label(leaf.callFrame);
    self.set(leafLabel, (self.get(leafLabel) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id)!;
      if (IDLE.has(node.callFrame.functionName)) continue;
      const l = label(node.callFrame);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  const lines = (from: Map<string, number>) =>
    [...from.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn]) => ({ fn, selfMs: self.get(fn) ?? 0, totalMs: total.get(fn) ?? 0 }));
  return { busyMs, byTotal: lines(total), bySelf: lines(self) };
}

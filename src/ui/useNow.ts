// "Open now" must turn off at closing time while a page stays open: one shared clock ticking each
// minute serves every badge on the screen instead of a timer per result.
import { useSyncExternalStore } from 'react';

const TICK_MS = 30_000;
let current = new Date();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    current = new Date();
    timer = setInterval(() => {
      current = new Date();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, refreshed about every half minute while anything on screen uses it. */
export function useNow(): Date {
  return useSyncExternalStore(subscribe, () => current, () => current);
}

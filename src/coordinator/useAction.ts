// What every write from a workspace page does alike: busy while it runs, its error kept for <Problem>, cleared when tried again.
import { useCallback, useState } from 'react';

export interface Action {
  busy: boolean;
  problem: unknown;
  /** Runs `work`; true when it succeeded, false when it failed (the error is then `problem`). */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      return true;
    } catch (error) {
      setProblem(error);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, run };
}

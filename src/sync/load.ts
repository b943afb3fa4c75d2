// The sync (with zod, manifest checks and signing) is a chunk of its own, kept off the start screen:
// loaded once, by whichever needs it first — the background start or the catalogue chooser.
type SyncModule = typeof import('./scheduler.ts');

let loaded: SyncModule | undefined;
let loading: Promise<SyncModule> | undefined;

export function loadSync(): Promise<SyncModule> {
  loading ??= import('./scheduler.ts').then(
    (module) => (loaded = module),
    (err: unknown) => {
      loading = undefined; // a failed fetch (offline, no cache yet) is tried again next time
      throw err;
    },
  );
  return loading;
}

/** The sync's code if it is already here (the chooser loads it while the user chooses). */
export function loadedSync(): SyncModule | undefined {
  return loaded;
}

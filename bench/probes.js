// In-page instruments for the browser benchmark, injected before the app runs (plain JS, so no
// bundler helper leaks into the page): paint times of key screens, per-keystroke latency, long tasks.
(() => {
  const SELECTORS = {
    searchbox: 'input[type="search"]',
    needs: 'section[aria-labelledby="needs-title"] li',
    results: 'ul[aria-labelledby="result-count"] > li',
  };
  const now = () => performance.now();
  // A rAF callback runs just before the frame is drawn; a message posted from it arrives after.
  const afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb(now());
      channel.port2.postMessage(null);
    });

  const bench = { marks: {}, longTasks: [], events: [], keys: [], sync: undefined };
  window.__bench = bench;
  const observe = (type, extra, push) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(push)).observe({ type, buffered: true, ...extra });
    } catch {
      bench[`no_${type}`] = true;
    }
  };
  observe('longtask', {}, (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('event', { durationThreshold: 16 }, (e) =>
    bench.events.push({ name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd }),
  );

  // Per keystroke: from the key event to the frame after the last DOM change it caused (the
  // input's own update and the deferred result list); with no DOM change, to the next frame.
  let current;
  let lastMutation = 0;
  addEventListener(
    'keydown',
    (e) => {
      const key = { key: e.key, t0: e.timeStamp, mutations: 0 };
      current = key;
      bench.keys.push(key);
      afterPaint((t) => (key.nextFrame = t));
    },
    true,
  );
  bench.stopKeys = () => (current = undefined);
  bench.settled = (quietMs) => {
    const t = now();
    return t - lastMutation >= quietMs && (!current || (current.nextFrame !== undefined && t - current.t0 >= quietMs));
  };
  bench.keyLatencies = () => bench.keys.map((k) => ({ key: k.key, ms: (k.lastPainted ?? k.nextFrame) - k.t0, mutations: k.mutations }));

  const seen = (name, selector) => {
    if (bench.marks[name] !== undefined || !document.querySelector(selector)) return;
    bench.marks[name] = 'pending';
    afterPaint((t) => (bench.marks[name] = t));
  };
  const mutations = new MutationObserver(() => {
    lastMutation = now();
    const key = current;
    if (key) {
      key.mutations++;
      afterPaint((t) => (key.lastPainted = Math.max(key.lastPainted ?? 0, t)));
    }
    for (const [name, selector] of Object.entries(SELECTORS)) seen(name, selector);
  });
  mutations.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  /** Armed just before "use this catalogue" is pressed: polls IndexedDB for the version row. */
  bench.armSync = (catalogueId, dbName) => {
    const sync = { catalogueId };
    bench.sync = sync;
    bench.marks.needs = undefined;
    document.addEventListener(
      'submit',
      (e) => {
        sync.submit = e.timeStamp;
        const poll = () => {
          const open = indexedDB.open(dbName);
          open.onsuccess = () => {
            const db = open.result;
            const done = (found) => {
              db.close();
              if (found) sync.versionRow = now();
              else setTimeout(poll, 10);
            };
            if (!db.objectStoreNames.contains('catalogues')) return done(false);
            const get = db.transaction('catalogues', 'readonly').objectStore('catalogues').get(catalogueId);
            get.onsuccess = () => done(get.result !== undefined);
            get.onerror = () => done(false);
          };
          open.onerror = () => setTimeout(poll, 10);
        };
        poll();
      },
      { capture: true, once: true },
    );
  };
})();

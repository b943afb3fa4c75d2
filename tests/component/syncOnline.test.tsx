// In a browser-like window the scheduler retries as soon as the browser says it is back online.
import { waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { setSetting } from '../../src/storage/settings.ts';
import { SyncScheduler } from '../../src/sync/scheduler.ts';
import { createStore, EMPTY_STATUS, type SyncStatus } from '../../src/sync/status.ts';
import { BASE, FakePublisher, fakeServer, freshDb, makeContent, makeSigner } from '../unit/syncFixtures.ts';

afterEach(() => vi.restoreAllMocks());

it('syncs on the online event without waiting for its timer', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const db = freshDb();
  await setSetting(db, 'catalogueBaseUrl', BASE);
  const pub = new FakePublisher('aarhus', await makeSigner());
  await pub.publish(makeContent());
  const server = fakeServer([pub]);
  server.offline = true;
  const scheduler = new SyncScheduler({ db, status: createStore<SyncStatus>(EMPTY_STATUS), fetch: server.fetch });
  scheduler.start();
  await waitFor(() => expect(scheduler.status.get().offline).toBe(true));

  server.offline = false;
  window.dispatchEvent(new Event('online'));
  await waitFor(() => expect(scheduler.status.get()).toMatchObject({ offline: false, catalogues: [{ catalogueId: 'aarhus', version: 1 }] }));

  scheduler.stop();
  server.offline = true;
  window.dispatchEvent(new Event('online'));
  await new Promise((r) => setTimeout(r, 50));
  expect(scheduler.status.get().offline).toBe(false);
  db.close();
  await db.delete();
});

// Anonymous referral counts: only valid counts for known offers are added up, posting is rate-limited,
// and only the catalogue's coordinators and administrators read the totals.
import { afterEach, describe, expect, it } from 'vitest';
import { standardUsers } from './coordinator-client.ts';
import { fixtureCatalogue, removeDir, startFixtureServer, type TestServer } from './helpers.ts';

let server: TestServer;
afterEach(async () => {
  await server.close();
  removeDir(server.dataDir);
});

const month = new Date().toISOString().slice(0, 7);
const post = (body: unknown) => server.api('/api/usage', { method: 'POST', body: JSON.stringify(body), auth: false });

describe('POST /api/usage', () => {
  it('adds up counts per catalogue, month and offer', async () => {
    server = await startFixtureServer();
    expect((await post({ catalogue_id: 'testby', month, counts: { voksenven: 2, lektiecafe: 1 } })).status).toBe(204);
    expect((await post({ catalogue_id: 'testby', month, counts: { voksenven: 3 } })).status).toBe(204);
    const totals = await server.api('/api/usage/testby');
    expect(totals.status).toBe(200);
    expect(await totals.json()).toEqual({ catalogue_id: 'testby', months: { [month]: { lektiecafe: 1, voksenven: 5 } } });
  });

  it.each([
    ['an unknown offer', { catalogue_id: 'testby', month, counts: { nope: 1 } }, 400],
    ['a zero count', { catalogue_id: 'testby', month, counts: { voksenven: 0 } }, 400],
    ['a huge count', { catalogue_id: 'testby', month, counts: { voksenven: 501 } }, 400],
    ['a fraction', { catalogue_id: 'testby', month, counts: { voksenven: 1.5 } }, 400],
    ['no counts', { catalogue_id: 'testby', month, counts: {} }, 400],
    ['a malformed month', { catalogue_id: 'testby', month: '2025-13', counts: { voksenven: 1 } }, 400],
    ['a future month', { catalogue_id: 'testby', month: '2999-01', counts: { voksenven: 1 } }, 400],
    ['anything beyond counts', { catalogue_id: 'testby', month, counts: { voksenven: 1 }, language: 'ar' }, 400],
    ['an unknown catalogue', { catalogue_id: 'nowhere', month, counts: { voksenven: 1 } }, 404],
  ])('rejects %s', async (_what, body, status) => {
    server = await startFixtureServer();
    expect((await post(body)).status).toBe(status);
    expect(await (await server.api('/api/usage/testby')).json()).toEqual({ catalogue_id: 'testby', months: {} });
  });

  it('rate-limits posting', async () => {
    server = await startFixtureServer();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await post({ catalogue_id: 'testby', month, counts: { voksenven: 1 } })).status);
    expect(statuses.slice(0, 30).every((s) => s === 204)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect((await (await server.api('/api/usage/testby')).json()).months[month].voksenven).toBe(30);
  });

  it('shows totals only to an authenticated coordinator', async () => {
    server = await startFixtureServer();
    expect((await server.api('/api/usage/testby', { auth: false })).status).toBe(401);
  });

  it('shows totals to the catalogue’s coordinators and administrators only, not to contributors or other catalogues’ coordinators', async () => {
    server = await startFixtureServer({ seed: [fixtureCatalogue(), fixtureCatalogue('andenby')] });
    expect((await post({ catalogue_id: 'testby', month, counts: { voksenven: 2 } })).status).toBe(204);
    const { admin, coord, other, assoc } = await standardUsers(server);
    const expected = { catalogue_id: 'testby', months: { [month]: { voksenven: 2 } } };
    expect(await coord.json('/api/usage/testby')).toEqual(expected);
    expect(await admin.json('/api/usage/testby')).toEqual(expected);
    expect((await other.call('/api/usage/testby')).status).toBe(403);
    expect((await assoc.call('/api/usage/testby')).status).toBe(403);
  });
});

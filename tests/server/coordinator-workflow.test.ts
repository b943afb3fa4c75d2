// The workspace's editing life cycle over real HTTP: conflicts, hostile input, archive, proposals
// and review, freshness, publishing with a summary, history, roll back, invitations and audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFile, manifest } from '../../src/catalogue/manifest.ts';
import { fixtureCatalogue, fixtureOffer, removeDir, startFixtureServer, type TestServer } from './helpers.ts';
import { PASSWORD, standardUsers, type Client } from './coordinator-client.ts';

let server: TestServer;
let coord: Client;
let assoc: Client;
let admin: Client;

beforeEach(async () => {
  server = await startFixtureServer({ seed: [fixtureCatalogue(), fixtureCatalogue('andenby')] });
  ({ coord, assoc, admin } = await standardUsers(server));
});
afterEach(async () => {
  await server.close();
  removeDir(server.dataDir);
});

async function published() {
  const m = manifest.parse(await (await fetch(`${server.url}/catalogues/testby/manifest.json`)).json());
  return { version: m.version, content: snapshotFile.parse(await (await fetch(`${server.url}/catalogues/testby/${m.snapshot.url}`)).json()).content };
}

describe('saving', () => {
  it('gives the second of two editors a 409 with the stored version, and overwrites nothing', async () => {
    const { revision } = await coord.json('/api/workspace/testby/offers/voksenven');
    const first = fixtureOffer('voksenven', { summary: { da: 'Først gemt' } });
    const second = fixtureOffer('voksenven', { summary: { da: 'Anden redaktør' } });
    expect((await coord.call('/api/workspace/testby/offers/voksenven', { method: 'PUT', body: { offer: first, revision } })).status).toBe(200);
    const res = await admin.call('/api/workspace/testby/offers/voksenven', { method: 'PUT', body: { offer: second, revision } });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.current.offer.summary).toEqual({ da: 'Først gemt' });
    expect(body.current.revision).toBe(revision + 1);
    const now = await coord.json('/api/workspace/testby/offers/voksenven');
    expect(now.offer.summary).toEqual({ da: 'Først gemt' });
  });

  it('refuses to create an offer over an existing one', async () => {
    const res = await coord.call('/api/workspace/testby/offers/voksenven', { method: 'PUT', body: { offer: fixtureOffer('voksenven'), revision: null } });
    expect(res.status).toBe(409);
  });

  it('reports every invalid field with its path', async () => {
    const bad = { ...fixtureOffer('nyt'), name: {}, minimum_age: 12, maximum_age: 3, email: 'not-an-email' };
    const res = await coord.call('/api/workspace/testby/offers/nyt', { method: 'PUT', body: { offer: bad, revision: null } });
    expect(res.status).toBe(400);
    const paths = (await res.json()).issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'email']));
  });
});

describe('hostile input', () => {
  it('refuses javascript: URLs', async () => {
    const res = await coord.call('/api/workspace/testby/offers/x1', { method: 'PUT', body: { offer: fixtureOffer('x1', { url: 'javascript:alert(1)' }), revision: null } });
    expect(res.status).toBe(400);
    expect((await res.json()).issues.map((i: { path: string }) => i.path)).toContain('url');
  });

  it('stores <script> and SQL metacharacters literally, as text', async () => {
    const name = { da: `<script>alert("x")</script>'; DROP TABLE offers; --` };
    const res = await coord.call('/api/workspace/testby/offers/x2', { method: 'PUT', body: { offer: fixtureOffer('x2', { name }), revision: null } });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await coord.json('/api/workspace/testby/offers/x2')).offer.name).toEqual(name);
    expect((await coord.json('/api/workspace/testby/offers')).offers).toHaveLength(4);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await coord.call('/api/workspace/testby/proposals', { method: 'POST', body: { offer: { padding: 'x'.repeat(1_100_000) } } });
    expect(res.status).toBe(413);
  });

  it('answers broken JSON with 400 and a clear message', async () => {
    const broken = await fetch(`${server.url}/api/workspace/testby/offers/x3`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.publishToken}` },
      body: '{"offer": {"id": "x3",',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).message).toMatch(/JSON/);
  });
});

describe('archive and restore', () => {
  it('takes an offer out of the next version and brings it back', async () => {
    const { revision } = await coord.json('/api/workspace/testby/offers/ferielejr');
    const archived = await coord.json('/api/workspace/testby/offers/ferielejr/archive', { method: 'POST', body: { revision } });
    expect(archived.state).toBe('archived');
    const changes = await coord.json('/api/workspace/testby/changes');
    expect(changes.offers.removed.map((r: { id: string }) => r.id)).toEqual(['ferielejr']);
    await coord.json('/api/workspace/testby/publish', { method: 'POST', body: { note: 'archived ferielejr' } });
    expect((await published()).content.offers.map((o) => o.id)).not.toContain('ferielejr');
    const restored = await coord.json('/api/workspace/testby/offers/ferielejr/restore', { method: 'POST', body: { revision: archived.revision } });
    expect(restored.state).toBe('draft');
    const rows = (await coord.json('/api/workspace/testby/offers')).offers;
    expect(rows.find((r: { id: string }) => r.id === 'ferielejr')).toMatchObject({ state: 'draft', is_new: true });
  });
});

describe('proposals', () => {
  const proposal = fixtureOffer('lektiecafe', { organization_id: 'redbarnet', categories: ['learning'], summary: { da: 'Hjælp til lektier hver tirsdag' } });

  it('lets a contributor propose only for their own organisation', async () => {
    const res = await assoc.call('/api/workspace/testby/proposals', { method: 'POST', body: { offer: fixtureOffer('voksenven', { summary: { da: 'kapret' } }) } });
    expect(res.status).toBe(403);
    expect((await assoc.json('/api/workspace/testby/offers')).offers.map((o: { id: string }) => o.id).sort()).toEqual(['ferielejr', 'lektiecafe']);
    expect((await assoc.call('/api/workspace/testby/offers/voksenven')).status).toBe(403);
  });

  it('goes to the review queue; approval with edits changes the offer; the catalogue is untouched before', async () => {
    const p = await assoc.json('/api/workspace/testby/proposals', { method: 'POST', body: { offer: proposal } });
    expect((await coord.json('/api/workspace/testby/offers')).offers.find((o: { id: string }) => o.id === 'lektiecafe')).toMatchObject({ proposed: true, state: 'published' });
    const queue = await coord.json('/api/workspace/testby/proposals?status=open');
    expect(queue.proposals.map((q: { id: number; author: string }) => [q.id, q.author])).toEqual([[p.id, 'assoc']]);
    const { revision } = await coord.json('/api/workspace/testby/offers/lektiecafe');
    const edited = { ...proposal, summary: { da: 'Hjælp til lektier hver tirsdag og torsdag' } };
    const after = await coord.json(`/api/workspace/testby/proposals/${p.id}/approve`, { method: 'POST', body: { offer: edited, revision } });
    expect(after.offer.summary).toEqual(edited.summary);
    expect(after.state).toBe('draft');
    const again = await coord.call(`/api/workspace/testby/proposals/${p.id}/approve`, { method: 'POST', body: { offer: edited, revision: after.revision } });
    expect(again.status).toBe(409);
    const mine = await assoc.json('/api/workspace/testby/proposals');
    expect(mine.proposals[0]).toMatchObject({ status: 'approved', decided_by: 'coord' });
  });

  it('rejection carries a comment the contributor sees, and changes nothing', async () => {
    const p = await assoc.json('/api/workspace/testby/proposals', { method: 'POST', body: { offer: proposal } });
    await coord.json(`/api/workspace/testby/proposals/${p.id}/reject`, { method: 'POST', body: { comment: 'Tirsdag er forkert – ring til os' } });
    const mine = await assoc.json('/api/workspace/testby/proposals');
    expect(mine.proposals[0]).toMatchObject({ status: 'rejected', comment: 'Tirsdag er forkert – ring til os' });
    expect((await coord.json('/api/workspace/testby/offers/lektiecafe')).offer.summary).toEqual(fixtureOffer('x').summary);
  });
});

describe('freshness', () => {
  it('lists offers not verified within the configured months; mark verified stamps today', async () => {
    const fresh = new Date().toISOString().slice(0, 10);
    const { revision } = await coord.json('/api/workspace/testby/offers/voksenven');
    await coord.json('/api/workspace/testby/offers/voksenven', { method: 'PUT', body: { offer: fixtureOffer('voksenven', { assured_date: fresh }), revision } });
    await coord.json('/api/workspace/testby/settings', { method: 'PUT', body: { freshness_months: 6 } });
    const queue = await coord.json('/api/workspace/testby/freshness');
    expect(queue.months).toBe(6);
    expect(queue.offers.map((o: { id: string }) => o.id).sort()).toEqual(['ferielejr', 'lektiecafe']);
    const stale = queue.offers[0];
    const verified = await coord.json(`/api/workspace/testby/offers/${stale.id}/verify`, { method: 'POST', body: { revision: stale.revision } });
    expect(verified.offer.assured_date).toBe(fresh);
    expect((await coord.json('/api/workspace/testby/freshness')).offers).toHaveLength(1);
  });
});

describe('publish, history, roll back, audit', () => {
  it('summarises changes, records who and why, and rolls back as a new version', async () => {
    const { revision } = await coord.json('/api/workspace/testby/offers/voksenven');
    await coord.json('/api/workspace/testby/offers/voksenven', { method: 'PUT', body: { offer: fixtureOffer('voksenven', { summary: { da: 'Ny tekst' } }), revision } });
    await coord.json('/api/workspace/testby/offers/ny', { method: 'PUT', body: { offer: fixtureOffer('ny'), revision: null } });
    const changes = await coord.json('/api/workspace/testby/changes');
    expect(changes).toMatchObject({ from_version: 1, total: 2 });
    expect(changes.offers.added.map((r: { id: string }) => r.id)).toEqual(['ny']);
    expect(changes.offers.changed.map((r: { id: string }) => r.id)).toEqual(['voksenven']);
    const result = await coord.json('/api/workspace/testby/publish', { method: 'POST', body: { note: 'Forår' } });
    expect(result.version).toBe(2);
    expect((await published()).content.offers.map((o) => o.id)).toContain('ny');

    const history = (await coord.json('/api/workspace/testby/versions')).versions;
    expect(history[0]).toMatchObject({ version: 2, note: 'Forår', by: 'coord' });
    expect(history[1]).toMatchObject({ version: 1 });

    const back = await coord.json('/api/workspace/testby/versions/1/rollback', { method: 'POST', body: { note: 'Fejl i foråret' } });
    expect(back).toMatchObject({ version: 3, restored: 1 });
    const v3 = await published();
    expect(v3.version).toBe(3);
    expect(v3.content.offers.map((o) => o.id)).toEqual(['voksenven', 'lektiecafe', 'ferielejr']);
    expect(v3.content.offers[0].summary).toEqual(fixtureOffer('x').summary);
    // The offer that only version 2 had is archived, not lost.
    expect((await coord.json('/api/workspace/testby/offers/ny')).state).toBe('archived');

    const audit = (await coord.json('/api/workspace/testby/audit')).entries.map((e: { actor: string; action: string; target: string }) => [e.actor, e.action, e.target]);
    expect(audit).toEqual([
      ['coord', 'rollback', '3'],
      ['coord', 'publish', '2'],
      ['coord', 'create-offer', 'ny'],
      ['coord', 'update-offer', 'voksenven'],
    ]);
  });

  it('records writes made with the publish token too', async () => {
    await server.api('/api/catalogues/testby/offers/tok', { method: 'PUT', body: JSON.stringify(fixtureOffer('tok')) });
    await server.api('/api/catalogues/testby/publish', { method: 'POST', body: '{}' });
    const audit = (await coord.json('/api/workspace/testby/audit')).entries.map((e: { actor: string; action: string; target: string }) => [e.actor, e.action, e.target]);
    expect(audit).toEqual([
      ['publish-token', 'publish', '2'],
      ['publish-token', 'api-put-offer', 'tok'],
    ]);
    expect((await coord.json('/api/workspace/testby/versions')).versions[0].by).toBe('publish-token');
  });
});

describe('invitations', () => {
  it('a one-time link makes a contributor account for one organisation and expires on use', async () => {
    const invite = await coord.json('/api/workspace/testby/invitations', { method: 'POST', body: { role: 'contributor', organisation_id: 'bornsvoksenvenner' } });
    expect(invite.path).toBe(`/coordinator/invitation/${invite.token}`);
    expect(await (await fetch(`${server.url}/api/invitations/${invite.token}`)).json()).toMatchObject({ catalogue_id: 'testby', role: 'contributor', organisation_id: 'bornsvoksenvenner' });
    const accept = (username: string) =>
      fetch(`${server.url}/api/invitations/${invite.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, display_name: 'Bo', password: PASSWORD }) });
    const res = await accept('bo-hansen');
    expect(res.status).toBe(200);
    expect((await res.json()).account.memberships).toEqual([{ catalogue_id: 'testby', role: 'contributor', organisation_id: 'bornsvoksenvenner' }]);
    expect((await accept('bo-andersen')).status).toBe(410);
    expect((await fetch(`${server.url}/api/invitations/not-a-token`)).status).toBe(404);
  });
});

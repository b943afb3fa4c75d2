// What every HTTP response promises: conditional GETs, caching and compression of published
// files, security headers, authentication, validation and size limits, and the PWA shell.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifest } from '../../src/catalogue/manifest.ts';
import { fixtureOffer, removeDir, startFixtureServer, tempDir, type TestServer } from './helpers.ts';

let server: TestServer;
let distDir: string;

beforeAll(async () => {
  distDir = tempDir();
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><html lang="en"><title>app</title><script type="module" src="/assets/index-AbCd1234.js"></script></html>');
  writeFileSync(join(distDir, 'sw.js'), 'self.addEventListener("install", () => {});');
  writeFileSync(join(distDir, 'assets', 'index-AbCd1234.js'), 'console.log("app");'.repeat(200));
  server = await startFixtureServer({ distDir });
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
  removeDir(distDir);
});

const SECURITY = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function expectSecurityHeaders(res: Response) {
  for (const [name, value] of Object.entries(SECURITY)) expect(res.headers.get(name), name).toBe(value);
}

describe('published files', () => {
  it('answers a repeated manifest request with 304 and revalidates it every time', async () => {
    const first = await fetch(`${server.url}/catalogues/testby/manifest.json`, { headers: { 'accept-encoding': 'identity' } });
    const etag = first.headers.get('etag')!;
    const body = await first.text();
    expect(etag).toBe(`"${(await import('node:crypto')).createHash('sha256').update(body).digest('hex')}"`);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(`${server.url}/catalogues/testby/manifest.json`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expectSecurityHeaders(again);
    await server.api('/api/catalogues/testby/publish', { method: 'POST' });
    const changed = await fetch(`${server.url}/catalogues/testby/manifest.json`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('serves snapshots immutable and compressed, with an ETag per encoding that still revalidates', async () => {
    const m = manifest.parse(await (await fetch(`${server.url}/catalogues/testby/manifest.json`)).json());
    const url = `${server.url}/catalogues/testby/${m.snapshot.url}`;
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(url, { headers: { 'accept-encoding': encoding } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      const etag = res.headers.get('etag')!;
      expect(etag).toBe(`"${m.snapshot.sha256}-${encoding}"`);
      expect(JSON.parse(await res.text()).version).toBe(m.version);
      expect((await fetch(url, { headers: { 'accept-encoding': encoding, 'if-none-match': etag } })).status).toBe(304);
    }
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('etag')).toBe(`"${m.snapshot.sha256}"`);
    expect(Number(plain.headers.get('content-length'))).toBe(m.snapshot.size);
  });

  it('serves nothing outside the published files', async () => {
    for (const path of ['testby/..%2F..%2Fsigning-keys.json', '..%2Fpublish-token/manifest.json', 'testby/manifest.json.tmp']) {
      const res = await fetch(`${server.url}/catalogues/${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toMatch(/private|d":/);
    }
  });

  it('serves index.json and keys.json revalidated, with 304', async () => {
    for (const name of ['index.json', 'keys.json']) {
      const res = await fetch(`${server.url}/catalogues/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect((await fetch(`${server.url}/catalogues/${name}`, { headers: { 'if-none-match': res.headers.get('etag')! } })).status).toBe(304);
    }
  });
});

describe('editing API', () => {
  it('rejects requests without a valid token with 401', async () => {
    const none = await server.api('/api/catalogues/testby/offers', { auth: false });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectSecurityHeaders(none);
    const wrong = await server.api('/api/catalogues/testby/publish', { auth: false, method: 'POST', headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    const put = await server.api('/api/catalogues/testby/offers/x', { auth: false, method: 'PUT', body: JSON.stringify(fixtureOffer('x')) });
    expect(put.status).toBe(401);
    expect((await server.api('/api/catalogues/testby/offers/x')).status).toBe(404);
  });

  it('lists offers and returns one with its revision', async () => {
    const list = await (await server.api('/api/catalogues/testby/offers')).json();
    expect(list.offers.map((o: { id: string }) => o.id)).toEqual(['voksenven', 'lektiecafe', 'ferielejr']);
    const one = await server.api('/api/catalogues/testby/offers/voksenven');
    expect(one.headers.get('etag')).toMatch(/^"r\d+"$/);
    expect((await one.json()).organization_id).toBe('bornsvoksenvenner');
  });

  it('rejects an invalid offer with 400 and a message naming the field', async () => {
    const { name: _dropped, ...noName } = fixtureOffer('broken');
    const res = await server.api('/api/catalogues/testby/offers/broken', { method: 'PUT', body: JSON.stringify(noName) });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe('bad-request');
    expect(body.message).toMatch(/name/);
    expect(body.issues).toContainEqual(expect.objectContaining({ path: 'name' }));
  });

  it('rejects an offer that does not fit the catalogue or its address', async () => {
    const unknownOrg = await server.api('/api/catalogues/testby/offers/orphan', { method: 'PUT', body: JSON.stringify(fixtureOffer('orphan', { organization_id: 'nobody' })) });
    expect(unknownOrg.status).toBe(400);
    expect((await unknownOrg.json()).message).toMatch(/unknown organisation nobody/);
    const unknownNeed = await server.api('/api/catalogues/testby/offers/orphan', { method: 'PUT', body: JSON.stringify(fixtureOffer('orphan', { categories: ['astrology'] })) });
    expect((await unknownNeed.json()).message).toMatch(/unknown need astrology/);
    const mismatch = await server.api('/api/catalogues/testby/offers/other', { method: 'PUT', body: JSON.stringify(fixtureOffer('orphan')) });
    expect(mismatch.status).toBe(400);
    const notJson = await server.api('/api/catalogues/testby/offers/orphan', { method: 'PUT', body: '{"id":', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    expect((await server.api('/api/catalogues/testby/offers/orphan')).status).toBe(404);
  });

  it('refuses a write based on a stale revision with 412', async () => {
    const current = await server.api('/api/catalogues/testby/offers/ferielejr');
    const etag = current.headers.get('etag')!;
    const body = JSON.stringify(fixtureOffer('ferielejr', { free: true }));
    const first = await server.api('/api/catalogues/testby/offers/ferielejr', { method: 'PUT', body, headers: { 'if-match': etag } });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).not.toBe(etag);
    const stale = await server.api('/api/catalogues/testby/offers/ferielejr', { method: 'PUT', body, headers: { 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect((await server.api('/api/catalogues/testby/offers/ferielejr', { method: 'DELETE', headers: { 'if-match': etag } })).status).toBe(412);
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const huge = JSON.stringify({ ...fixtureOffer('huge'), padding: 'x'.repeat(1024 * 1024) });
    const res = await server.api('/api/catalogues/testby/offers/huge', { method: 'PUT', body: huge });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe('payload-too-large');
    expectSecurityHeaders(res);
  });
});

describe('the app shell', () => {
  it('serves index.html for app routes and never for /api or /catalogues', async () => {
    const page = await fetch(`${server.url}/offer/voksenven?lang=da`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toMatch(/<title>app<\/title>/);
    expectSecurityHeaders(page);
    const root = await fetch(`${server.url}/`, { headers: { accept: 'text/html' } });
    expect(root.headers.get('cache-control')).toBe('no-cache');
    for (const path of ['/api/nothing', '/catalogues/nothing/manifest.json']) {
      const res = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/json/);
      expectSecurityHeaders(res);
    }
    expect((await fetch(`${server.url}/missing.png`, { headers: { accept: 'image/png' } })).status).toBe(404);
  });

  it('caches hashed assets for good and the service worker not at all', async () => {
    const asset = await fetch(`${server.url}/assets/index-AbCd1234.js`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('br');
    expectSecurityHeaders(asset);
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
  });
});

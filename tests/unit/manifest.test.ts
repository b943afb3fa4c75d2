import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/catalogue/manifest.ts';
import { generateSigningKey, keyIdOf, signManifest, verifyManifest } from '../../src/catalogue/signing.ts';

describe('canonical JSON', () => {
  it('sorts keys, drops undefined and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 'æ', y: 2.5 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"d":{"y":2.5,"z":"æ"}}',
    );
  });
});

describe('manifest signatures', () => {
  const unsigned = {
    format: 1 as const,
    catalogue_id: 'aarhus',
    version: 3,
    published_at: '2026-11-23T10:00:00.000Z',
    expires_at: '2027-02-23T10:00:00.000Z',
    snapshot: { url: 'snapshot-abc.json', sha256: 'a'.repeat(64), size: 10 },
    deltas: [],
    key_id: '',
  };

  it('verifies with the right key and refuses a tampered manifest or another key', async () => {
    const { privateJwk, publicJwk } = await generateSigningKey();
    const kid = await keyIdOf(publicJwk);
    const signed = await signManifest({ ...unsigned, key_id: kid }, privateJwk);
    expect(await verifyManifest(signed, [{ kid, jwk: publicJwk }])).toBe(true);
    expect(await verifyManifest({ ...signed, version: 4 }, [{ kid, jwk: publicJwk }])).toBe(false);
    const other = await generateSigningKey();
    expect(await verifyManifest(signed, [{ kid, jwk: other.publicJwk }])).toBe(false);
    expect(await verifyManifest(signed, [])).toBe(false);
  });
});

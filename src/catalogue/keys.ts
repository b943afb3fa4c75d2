// Which signing keys the app may trust. The published key list lets a server rotate its key
// without reinstalling the app: a new key is accepted only when an already trusted key endorses it.
import { z } from 'zod';
import { canonicalJson } from './manifest.ts';
import { fromBase64Url, toBase64Url, type TrustedKey } from './signing.ts';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

const publicJwk = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string() }).passthrough();

/** `/catalogues/keys.json`: every key that may sign manifests, newest last. */
export const keyList = z
  .object({
    keys: z.array(
      z
        .object({
          kid: z.string().min(1),
          jwk: publicJwk,
          /** The kid of the older key that vouches for this one, and its signature. */
          endorsed_by: z.string().optional(),
          endorsement: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type KeyList = z.infer<typeof keyList>;
export type PublishedKey = KeyList['keys'][number];

function endorsementBytes(kid: string, jwk: JsonWebKey): BufferSource {
  return new TextEncoder().encode(canonicalJson({ kid, crv: jwk.crv, x: jwk.x, y: jwk.y })) as BufferSource;
}


/** The server's side of a rotation: the old private key vouches for the new public key. */
export async function endorseKey(newKey: TrustedKey, byKid: string, byPrivateJwk: JsonWebKey): Promise<PublishedKey> {
  const key = await crypto.subtle.importKey('jwk', byPrivateJwk, ALGORITHM, false, ['sign']);
  const sig = await crypto.subtle.sign(SIGN, key, endorsementBytes(newKey.kid, newKey.jwk));
  return { kid: newKey.kid, jwk: newKey.jwk as PublishedKey['jwk'], endorsed_by: byKid, endorsement: toBase64Url(new Uint8Array(sig)) };
}

/**
 * The trusted set grown by every published key that a trusted key endorses (transitively).
 * Keys nobody trusted vouches for are ignored, so a tampered key list cannot add a key.
 */
export async function extendTrust(trusted: TrustedKey[], published: KeyList): Promise<TrustedKey[]> {
  const result = [...trusted];
  let grew = true;
  while (grew) {
    grew = false;
    for (const k of published.keys) {
      if (result.some((t) => t.kid === k.kid) || !k.endorsed_by || !k.endorsement) continue;
      const voucher = result.find((t) => t.kid === k.endorsed_by);
      if (!voucher) continue;
      try {
        const key = await crypto.subtle.importKey('jwk', voucher.jwk, ALGORITHM, false, ['verify']);
        if (await crypto.subtle.verify(SIGN, key, fromBase64Url(k.endorsement) as BufferSource, endorsementBytes(k.kid, k.jwk))) {
          result.push({ kid: k.kid, jwk: k.jwk });
          grew = true;
        }
      } catch {
        // an unreadable key or signature simply earns no trust
      }
    }
  }
  return result;
}

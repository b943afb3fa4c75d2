// Signatures and hashes over WebCrypto, which Node 20 and every current browser share, so a
// manifest signed on the server verifies byte for byte in the app (ECDSA P-256, raw r||s).
import { manifestSigningBytes, type Manifest, type UnsignedManifest } from './manifest.ts';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A public key the app trusts, as published and pinned (JWK plus its id). */
export interface TrustedKey {
  kid: string;
  jwk: JsonWebKey;
}

export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

export async function sha256Hex(data: Uint8Array | ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function generateSigningKey(): Promise<{ privateJwk: JsonWebKey; publicJwk: JsonWebKey }> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey),
    publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey),
  };
}

/** A key id derived from the public key itself, so two keys never share one by accident. */
export async function keyIdOf(publicJwk: JsonWebKey): Promise<string> {
  const bytes = new TextEncoder().encode(`${publicJwk.crv}:${publicJwk.x}:${publicJwk.y}`);
  return (await sha256Hex(bytes)).slice(0, 16);
}

export async function signManifest(m: UnsignedManifest, privateJwk: JsonWebKey): Promise<Manifest> {
  const key = await crypto.subtle.importKey('jwk', privateJwk, ALGORITHM, false, ['sign']);
  const sig = await crypto.subtle.sign(SIGN, key, manifestSigningBytes(m) as BufferSource);
  return { ...m, signature: toBase64Url(new Uint8Array(sig)) };
}

/** True only if the manifest was signed by the trusted key its key_id names. */
export async function verifyManifest(m: Manifest, trusted: TrustedKey[]): Promise<boolean> {
  const entry = trusted.find((k) => k.kid === m.key_id);
  if (!entry) return false;
  try {
    const key = await crypto.subtle.importKey('jwk', entry.jwk, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(SIGN, key, fromBase64Url(m.signature) as BufferSource, manifestSigningBytes(m) as BufferSource);
  } catch {
    return false;
  }
}

import { createHmac, timingSafeEqual } from "node:crypto";
import type { Deps } from "../deps.ts";
import { keyRing } from "./key-ring.ts";

/** Long enough for a platform to fetch the picture while making its post; short enough not to become a public archive. */
export const PUBLIC_MEDIA_TTL_MS = 60 * 60_000;

function signature(secret: Buffer, key: string, expires: number): string {
  // A key of its own for links, derived from the token key, so a leaked link signature says nothing about tokens.
  const linkKey = createHmac("sha256", secret).update("gatehouse public media links").digest();
  return createHmac("sha256", linkKey).update(`${key}.${expires}`).digest("base64url");
}

/** An address a platform can fetch one stored picture from, until it expires. */
export function signedMediaUrl(deps: Deps, key: string): string {
  const ring = keyRing(deps.config);
  const expires = Math.floor((deps.clock.now().getTime() + PUBLIC_MEDIA_TTL_MS) / 1000);
  const sig = signature(ring.keys.get(ring.currentId)!, key, expires);
  return `${deps.config.publicUrl}/api/platform-media/${key}?expires=${expires}&sig=${sig}`;
}

export function verifyMediaSignature(deps: Deps, key: string, expires: number, sig: string): boolean {
  if (!Number.isInteger(expires) || expires * 1000 < deps.clock.now().getTime()) return false;
  const given = Buffer.from(sig);
  for (const secret of keyRing(deps.config).keys.values()) {
    const expected = Buffer.from(signature(secret, key, expires));
    if (expected.length === given.length && timingSafeEqual(expected, given)) return true;
  }
  return false;
}

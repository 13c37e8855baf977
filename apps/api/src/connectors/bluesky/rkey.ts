import { createHash } from "node:crypto";

const SORTABLE_BASE32 = "234567abcdefghijklmnopqrstuvwxyz";
/** 2023-01-01T00:00:00Z in microseconds: every derived key falls in the two years after it */
const WINDOW_START_US = 1_672_531_200_000_000n;
const WINDOW_BITS = 46n;

/**
 * The record key for a post, made from its idempotency key so every attempt (and find())
 * names the same record: Bluesky has no idempotency key, but it refuses a second record
 * at a key it already holds. It is a valid TID (13 sortable base32 characters: a
 * microsecond timestamp and a 10-bit clock id), because app.bsky.feed.post keys must be.
 * The timestamp comes from a hash of the key, kept in the past so nothing looks as if it
 * was written in the future.
 */
export function recordKeyFor(idempotencyKey: string): string {
  const digest = createHash("sha256").update(`gatehouse-bluesky-rkey:${idempotencyKey}`).digest();
  const bits = digest.readBigUInt64BE(0);
  const offset = bits >> (64n - WINDOW_BITS);
  const clockId = bits & 0x3ffn;
  let value = ((WINDOW_START_US + offset) << 10n) | clockId;
  let key = "";
  for (let i = 0; i < 13; i += 1) {
    key = SORTABLE_BASE32[Number(value & 31n)]! + key;
    value >>= 5n;
  }
  return key;
}

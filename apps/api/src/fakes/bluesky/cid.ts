import { createHash } from "node:crypto";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * A real CIDv1 (sha2-256, base32): "bafkrei..." for raw blobs, "bafyrei..." for records.
 * Records are hashed as JSON, not DAG-CBOR, so the CID is stable but not the one a PDS would make.
 */
export function cidOf(content: Uint8Array | string, codec: "raw" | "dag-cbor"): string {
  const digest = createHash("sha256").update(content).digest();
  const header = Uint8Array.of(0x01, codec === "raw" ? 0x55 : 0x71, 0x12, 0x20);
  return `b${base32(Buffer.concat([header, digest]))}`;
}

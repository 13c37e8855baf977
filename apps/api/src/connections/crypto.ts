import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** Encryption keys by id; the first encrypts, all of them decrypt (so keys can be rotated). */
export interface KeyRing {
  currentId: string;
  keys: Map<string, Buffer>;
}

export class KeyRingError extends Error {}

/** "k2:base64,k1:base64": the current key first. */
export function parseKeyRing(spec: string): KeyRing {
  const keys = new Map<string, Buffer>();
  let currentId = "";
  for (const pair of spec.split(",")) {
    const [id, encoded] = pair.split(":");
    const key = Buffer.from(encoded ?? "", "base64");
    if (!id || key.length !== 32) throw new KeyRingError(`Token key ${id || "(unnamed)"} is not 32 bytes of base64.`);
    if (keys.has(id)) throw new KeyRingError(`Token key ${id} is listed twice.`);
    keys.set(id, key);
    currentId ||= id;
  }
  return { currentId, keys };
}

const VERSION = "v1";

/**
 * AES-256-GCM with a fresh 96-bit nonce per message. `context` (the account id) is bound as
 * associated data, so a ciphertext copied onto another account's row does not decrypt.
 */
export function seal(ring: KeyRing, plaintext: string, context: string): string {
  const key = ring.keys.get(ring.currentId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, ring.currentId, iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(":");
}

export function open(ring: KeyRing, sealed: string, context: string): string {
  const [version, keyId, iv, tag, body] = sealed.split(":");
  if (version !== VERSION || !keyId || !iv || !tag || body === undefined) throw new KeyRingError("The stored credentials are not in a format this version understands.");
  const key = ring.keys.get(keyId);
  if (!key) throw new KeyRingError(`The stored credentials were encrypted with key ${keyId}, which is not in GATEHOUSE_TOKEN_KEYS.`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new KeyRingError("The stored credentials do not decrypt with their key: they were altered or belong to another account.");
  }
}

export function keyIdOf(sealed: string): string | undefined {
  return sealed.split(":")[1];
}

export function newKey(): string {
  return randomBytes(32).toString("base64");
}

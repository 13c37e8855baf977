import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.ts";
import { newKey, parseKeyRing, type KeyRing } from "./crypto.ts";

const rings = new Map<string, KeyRing>();

/**
 * The keys from GATEHOUSE_TOKEN_KEYS. Production must set it; the demo, which only ever
 * talks to local fakes unless someone connects a real account, makes one key in its data
 * folder (readable by this user only) the first time it is needed.
 */
export function keyRing(config: Config): KeyRing {
  const cacheKey = config.tokenKeys ?? config.dataDir;
  const cached = rings.get(cacheKey);
  if (cached) return cached;
  let spec = config.tokenKeys;
  if (!spec) {
    if (config.mode === "production") throw new Error("GATEHOUSE_TOKEN_KEYS is not set: platform credentials cannot be stored without an encryption key.");
    const file = path.join(config.dataDir, "token.key");
    if (!existsSync(file)) {
      mkdirSync(config.dataDir, { recursive: true });
      try {
        writeFileSync(file, `local:${newKey()}\n`, { mode: 0o600, flag: "wx" });
      } catch (error) {
        // Another process made it first: use theirs.
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    chmodSync(file, 0o600);
    spec = readFileSync(file, "utf8").trim();
  }
  const ring = parseKeyRing(spec);
  rings.set(cacheKey, ring);
  return ring;
}

import type { Deps } from "../deps.ts";
import { keyIdOf, open, seal } from "./crypto.ts";
import { keyRing } from "./key-ring.ts";
import * as repo from "./repo.ts";

/**
 * Re-encrypts every account's credentials under the current key, so an old key can then be
 * removed from GATEHOUSE_TOKEN_KEYS. Each row is swapped only if nobody changed it meanwhile
 * (a worker refreshing a token); such a row already carries the current key.
 */
export async function rotateCredentials(deps: Deps): Promise<{ rotated: number; current: number }> {
  const ring = keyRing(deps.config);
  let rotated = 0;
  let current = 0;
  for (const row of await repo.sealedCredentialsOfAll(deps.db)) {
    const sealed = row.credentials_enc!;
    if (keyIdOf(sealed) === ring.currentId) {
      current++;
      continue;
    }
    const resealed = seal(ring, open(ring, sealed, row.id), row.id);
    if (await repo.replaceCredentials(deps.db, row.id, sealed, { credentials_enc: resealed, updated_at: deps.clock.now().toISOString() })) rotated++;
    else current++;
  }
  return { rotated, current };
}

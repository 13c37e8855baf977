import type { Platform } from "@gatehouse/policy";
import * as assetsRepo from "../assets/repo.ts";
import type { Deps } from "../deps.ts";
import { brands, type Kit } from "./kit.ts";
import { renderBranded } from "./render.ts";
import * as repo from "./repo.ts";

export interface RenditionBytes {
  bytes: Buffer;
  /** the content hash: its storage key */
  key: string;
  width: number;
  height: number;
  contentType: string;
}

/**
 * A rendition as it goes out under this kit. Platform renditions wear the kit; the preview
 * and thumbnail do not. Made on first use and kept, per kit version and per crop, so a kit
 * change makes new renditions while the old ones stay for the posts that wore them.
 */
export async function renditionFor(deps: Deps, assetId: string, name: string, kit: Kit | null): Promise<RenditionBytes | null> {
  const base = await assetsRepo.findRendition(deps.db, assetId, name);
  if (!base) return null;
  const platform = base.platform as Platform | null;
  if (!platform || !brands(kit)) {
    const bytes = await deps.storage.get(base.storage_key);
    return bytes ? { bytes, key: base.storage_key, width: base.width, height: base.height, contentType: base.content_type } : null;
  }
  const key = { asset_id: assetId, name, kit_id: kit.id, base_key: base.storage_key };
  const made = await repo.findBranded(deps.db, key);
  if (made) {
    const bytes = await deps.storage.get(made.storage_key);
    if (bytes) return { bytes, key: made.storage_key, width: made.width, height: made.height, contentType: "image/jpeg" };
  }
  const [baseBytes, logo] = await Promise.all([deps.storage.get(base.storage_key), kit.logo ? deps.storage.get(kit.logo.key) : Promise.resolve(null)]);
  if (!baseBytes) return null;
  const branded = await renderBranded(baseBytes, kit, logo, platform);
  const storageKey = await deps.storage.put(branded.data);
  await repo.insertBranded(deps.db, { ...key, storage_key: storageKey, width: branded.width, height: branded.height, bytes: branded.data.length, created_at: deps.clock.now().toISOString() });
  return { bytes: branded.data, key: storageKey, width: branded.width, height: branded.height, contentType: "image/jpeg" };
}

import type { Deps } from "../deps.ts";
import type { AssetRenditionTable } from "../db/schema.ts";
import type { Rendition } from "../media/process-image.ts";

/** Stores each rendition's bytes and returns the rows that point at them. */
export async function storeRenditions(deps: Deps, assetId: string, renditions: readonly Rendition[]): Promise<AssetRenditionTable[]> {
  return Promise.all(
    renditions.map(async (r) => ({
      asset_id: assetId,
      name: r.spec.name,
      platform: r.spec.platform,
      width: r.width,
      height: r.height,
      storage_key: await deps.storage.put(r.bytes),
      content_type: r.contentType,
      bytes: r.bytes.length,
    })),
  );
}

export function renditionUrl(assetId: string, name: string): string {
  return `/api/assets/${assetId}/${name}`;
}

import { publishRenditionFor, type Platform } from "@gatehouse/policy";
import type { PublishMedia } from "../connectors/types.ts";
import type { Deps } from "../deps.ts";
import * as repo from "./repo.ts";
import { renditionUrl } from "./renditions.ts";

/** What a post's page shows of its pictures: the rendition its platform gets, linked to the picture. */
export async function postPictures(deps: Deps, submissionId: string, platform: Platform) {
  const links = await repo.assetIdsOfSubmissions(deps.db, [submissionId]);
  const assets = await repo.findAssets(deps.db, links.map((l) => l.asset_id));
  const rendition = publishRenditionFor(platform).name;
  return links.flatMap((l) => {
    const asset = assets.find((a) => a.id === l.asset_id);
    return asset ? [{ assetId: asset.id, name: asset.original_name, altText: asset.alt_text, url: renditionUrl(asset.id, rendition) }] : [];
  });
}

/** The pictures a post carries to its platform: the rendition made for that platform, with the picture's alt text. */
export async function publishMedia(deps: Deps, submissionId: string, platform: Platform): Promise<PublishMedia[]> {
  const links = await repo.assetIdsOfSubmissions(deps.db, [submissionId]);
  const ids = links.map((l) => l.asset_id);
  const [assets, renditions] = await Promise.all([repo.findAssets(deps.db, ids), repo.renditionsOf(deps.db, ids)]);
  const name = publishRenditionFor(platform).name;
  const out: PublishMedia[] = [];
  for (const id of ids) {
    const rendition = renditions.find((r) => r.asset_id === id && r.name === name);
    const asset = assets.find((a) => a.id === id);
    if (!rendition || !asset) throw new Error(`asset ${id} has no ${name} rendition`);
    const bytes = await deps.storage.get(rendition.storage_key);
    if (!bytes) throw new Error(`the ${name} rendition of asset ${id} is missing from storage`);
    out.push({ bytes, contentType: rendition.content_type, width: rendition.width, height: rendition.height, altText: asset.alt_text });
  }
  return out;
}

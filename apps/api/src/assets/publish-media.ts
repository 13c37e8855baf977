import { publishRenditionFor, type Platform } from "@gatehouse/policy";
import type { PublishMedia } from "../connectors/types.ts";
import type { Deps } from "../deps.ts";
import { renditionFor } from "../brand/branded.ts";
import { brands, kitFor } from "../brand/kit.ts";
import * as repo from "./repo.ts";
import { renditionUrl } from "./renditions.ts";

/** What a post's page shows of its pictures: the rendition its platform gets, wearing its kit (the one it went out with, once published). */
export async function postPictures(deps: Deps, post: { submissionId: string; platform: Platform; accountId: string; kitId: string | null }) {
  const links = await repo.assetIdsOfSubmissions(deps.db, [post.submissionId]);
  const assets = await repo.findAssets(deps.db, links.map((l) => l.asset_id));
  const rendition = publishRenditionFor(post.platform).name;
  const query = post.kitId ? `?kit=${post.kitId}` : `?account=${post.accountId}`;
  return links.flatMap((l) => {
    const asset = assets.find((a) => a.id === l.asset_id);
    return asset ? [{ assetId: asset.id, name: asset.original_name, altText: asset.alt_text, url: `${renditionUrl(asset.id, rendition)}${query}` }] : [];
  });
}

/**
 * The pictures a post carries to its platform: the rendition made for that platform wearing
 * the account's brand kit, with the picture's alt text, and which kit version that was.
 */
export async function publishMedia(deps: Deps, submissionId: string, platform: Platform, accountId: string): Promise<{ media: PublishMedia[]; kitId: string | null }> {
  const links = await repo.assetIdsOfSubmissions(deps.db, [submissionId]);
  const ids = links.map((l) => l.asset_id);
  if (ids.length === 0) return { media: [], kitId: null };
  const [assets, kit] = await Promise.all([repo.findAssets(deps.db, ids), kitFor(deps.db, accountId)]);
  const name = publishRenditionFor(platform).name;
  const media: PublishMedia[] = [];
  for (const id of ids) {
    const asset = assets.find((a) => a.id === id);
    const rendition = asset ? await renditionFor(deps, id, name, kit) : null;
    if (!rendition || !asset) throw new Error(`the ${name} rendition of asset ${id} is missing`);
    media.push({ bytes: rendition.bytes, contentType: rendition.contentType, width: rendition.width, height: rendition.height, altText: asset.alt_text });
  }
  return { media, kitId: ids.length && brands(kit) ? kit.id : null };
}

import { publishRenditionFor, type Platform } from "@gatehouse/policy";
import { useQueries } from "@tanstack/react-query";
import { renditionSrc } from "../assets/rendition-src.ts";
import type { AssetView } from "../assets/types.ts";
import { useTRPC } from "../trpc.ts";

/** A picture as a post to one account carries it: that platform's size, wearing the account's brand kit. */
export interface PreviewPicture {
  src: string;
  width: number;
  height: number;
  altText: string;
}

export type PicturesFor = (platform: Platform, accountId: string) => PreviewPicture[];

function pictureFor(asset: AssetView, platform: Platform, accountId: string): PreviewPicture | null {
  const rendition = asset.renditions.find((r) => r.name === publishRenditionFor(platform).name);
  if (!rendition) return null;
  return { src: renditionSrc(asset, rendition, accountId), width: rendition.width, height: rendition.height, altText: asset.altText };
}

/**
 * The submission's pictures, loaded once for every account's preview (the same queries the
 * pictures section makes, so nothing is fetched twice).
 */
export interface PreviewPicturesSource {
  state: "pending" | "error" | "ready";
  picturesFor: PicturesFor;
}

export function usePreviewPictures(assetIds: readonly string[]): PreviewPicturesSource {
  const trpc = useTRPC();
  const assets = useQueries({ queries: assetIds.map((id) => trpc.assets.get.queryOptions({ id })) });
  const state: PreviewPicturesSource["state"] = assets.some((a) => a.isError) ? "error" : assets.some((a) => a.isPending) ? "pending" : "ready";
  const picturesFor: PicturesFor = (platform, accountId) => assets.flatMap((a) => (a.data ? (pictureFor(a.data, platform, accountId) ?? []) : []));
  return { state, picturesFor };
}

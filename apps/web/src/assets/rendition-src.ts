import type { AssetView } from "./types.ts";

type Rendition = AssetView["renditions"][number];

/**
 * A rendition's address, changed whenever the picture is: moving the focal point makes new
 * crops at the same address, and the browser would otherwise show the old ones from its cache.
 */
export function renditionSrc(asset: Pick<AssetView, "updatedAt">, rendition: Pick<Rendition, "url">): string {
  return `${rendition.url}?v=${encodeURIComponent(asset.updatedAt)}`;
}

export function previewOf(asset: AssetView): Rendition | undefined {
  return asset.renditions.find((r) => r.name === "preview");
}

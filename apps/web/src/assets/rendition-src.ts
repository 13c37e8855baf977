import type { AssetView } from "./types.ts";

type Rendition = AssetView["renditions"][number];

/**
 * A rendition's address, changed whenever the picture is: moving the focal point makes new
 * crops at the same address, and the browser would otherwise show the old ones from its cache.
 * With an account, the platform sizes wear that account's own brand kit, as its posts do.
 */
export function renditionSrc(asset: Pick<AssetView, "updatedAt">, rendition: Pick<Rendition, "url">, accountId: string | null = null): string {
  const account = accountId ? `&account=${encodeURIComponent(accountId)}` : "";
  return `${rendition.url}?v=${encodeURIComponent(asset.updatedAt)}${account}`;
}

export function previewOf(asset: AssetView): Rendition | undefined {
  return asset.renditions.find((r) => r.name === "preview");
}

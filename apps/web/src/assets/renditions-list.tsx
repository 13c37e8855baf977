import type { Platform } from "@gatehouse/policy";
import { formatBytes } from "../components/format.ts";
import { renditionLabel } from "./rendition-label.ts";
import { renditionSrc } from "./rendition-src.ts";
import type { AssetView } from "./types.ts";

/**
 * Every size the picture was made in, side by side, as each platform will show it: the
 * platform sizes wear the brand kit. `platformsOnly` leaves out the preview and thumbnail,
 * which nobody publishes; `account` shows only its platform's sizes, wearing its own kit.
 */
export function RenditionsList({
  asset,
  platformsOnly = false,
  account = null,
}: {
  asset: AssetView;
  platformsOnly?: boolean;
  account?: { id: string; platform: Platform } | null;
}) {
  const renditions = asset.renditions.filter((r) => (account ? r.platform === account.platform : !platformsOnly || r.platform !== null));
  return (
    <ul className="app-renditions">
      {renditions.map((rendition) => (
        <li key={rendition.name}>
          <figure className="app-rendition">
            <img src={renditionSrc(asset, rendition, account?.id)} alt="" width={rendition.width} height={rendition.height} />
            <figcaption className="nhsuk-body-s">
              <strong>{renditionLabel(rendition)}</strong>
              <br />
              {rendition.width} × {rendition.height} pixels, {formatBytes(rendition.bytes)}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}

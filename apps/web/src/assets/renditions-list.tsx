import { PLATFORM_LABELS } from "@gatehouse/policy";
import { formatBytes } from "../components/format.ts";
import { renditionSrc } from "./rendition-src.ts";
import type { AssetView } from "./types.ts";

type Rendition = AssetView["renditions"][number];

const NAMES: Record<string, string> = {
  preview: "Preview (the whole picture)",
  thumbnail: "Library thumbnail",
  "instagram-square": "Instagram, square",
  "instagram-portrait": "Instagram, portrait",
};

function nameOf(rendition: Rendition): string {
  return NAMES[rendition.name] ?? (rendition.platform ? PLATFORM_LABELS[rendition.platform] : rendition.name);
}

/** Every size the picture was made in, side by side, as each platform will show it. */
export function RenditionsList({ asset }: { asset: AssetView }) {
  return (
    <ul className="app-renditions">
      {asset.renditions.map((rendition) => (
        <li key={rendition.name}>
          <figure className="app-rendition">
            <img src={renditionSrc(asset, rendition)} alt="" width={rendition.width} height={rendition.height} />
            <figcaption className="nhsuk-body-s">
              <strong>{nameOf(rendition)}</strong>
              <br />
              {rendition.width} × {rendition.height} pixels, {formatBytes(rendition.bytes)}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}

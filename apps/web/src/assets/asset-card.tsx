import { PEOPLE_DECLARATION_LABELS } from "@gatehouse/policy";
import { Link } from "react-router";
import { BRAND_STATE_LABELS } from "../brand/labels.ts";
import { formatDate } from "../components/format.ts";
import type { AssetSummary } from "./types.ts";

/** The library's words for a picture: its caption, or its file name when it has none. */
export function thumbnailAlt(asset: Pick<AssetSummary, "caption" | "name">): string {
  return asset.caption?.trim() || asset.name;
}

/** One picture in the library: its thumbnail, name, who is in it and who brought it. */
export function AssetCard({ asset }: { asset: AssetSummary }) {
  return (
    <li className="app-asset-card">
      <img className="app-asset-card__image" src={asset.thumbnailUrl} alt={thumbnailAlt(asset)} width={160} height={160} loading="lazy" />
      <p className="nhsuk-u-margin-bottom-1">
        <Link to={`/assets/${asset.id}`}>{asset.name}</Link>
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{asset.people ? PEOPLE_DECLARATION_LABELS[asset.people] : "People not declared yet"}</p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
        {asset.classification ?? "Not classified yet"}; {BRAND_STATE_LABELS[asset.brandState].toLowerCase()}
      </p>
      <p className="nhsuk-body-s nhsuk-u-secondary-text-color nhsuk-u-margin-bottom-0">
        {asset.uploadedBy.name}, {formatDate(asset.createdAt)}
      </p>
    </li>
  );
}

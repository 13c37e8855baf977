import { PEOPLE_DECLARATION_LABELS } from "@gatehouse/policy";
import { Checkboxes } from "nhsuk-react-components";
import type { AssetSummary } from "./types.ts";
import "./assets.css";

/**
 * Pictures to choose from, each a checkbox whose label is its thumbnail and name. The first
 * box carries the field's id (`name`), so an error summary can take people to it.
 */
export function PicturePicker({
  name,
  legend,
  hint,
  assets,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  assets: readonly AssetSummary[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  return (
    <Checkboxes legend={legend} legendProps={{ size: "s" }} name={name} hint={hint} error={error} className="app-picker">
      {assets.map((asset, index) => (
        <Checkboxes.Item
          key={asset.id}
          id={index === 0 ? name : `${name}-${asset.id}`}
          value={asset.id}
          checked={value.includes(asset.id)}
          hint={asset.people ? PEOPLE_DECLARATION_LABELS[asset.people] : "People not declared yet"}
          onChange={(event) => {
            const checked = event.target.checked;
            const rest = value.filter((id) => id !== asset.id);
            onChange(checked ? [...rest, asset.id] : rest);
          }}
        >
          <img className="app-picker__image" src={asset.thumbnailUrl} alt="" width={120} height={120} loading="lazy" />
          <span className="app-picker__name">{asset.name}</span>
        </Checkboxes.Item>
      ))}
    </Checkboxes>
  );
}

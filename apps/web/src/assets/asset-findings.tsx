import { Tag } from "nhsuk-react-components";
import { SEVERITY_COLOURS, SEVERITY_LABELS } from "../screening/severity.ts";
import "../screening/screening.css";
import type { AssetFinding } from "./types.ts";

/** What is wrong with the picture wherever it goes: who is in it, and what the text in it gives away. */
export function AssetFindings({ findings }: { findings: readonly AssetFinding[] }) {
  if (findings.length === 0) return <p>Nothing is wrong with the picture itself. Check below where it may be published.</p>;
  return (
    <ul className="app-findings">
      {findings.map((finding, index) => (
        <li key={`${finding.rule}-${index}`} className={`app-finding app-finding--${finding.severity}`}>
          <Tag modifier={SEVERITY_COLOURS[finding.severity]}>{SEVERITY_LABELS[finding.severity]}</Tag>
          <p className="nhsuk-u-margin-bottom-2">{finding.message}</p>
          {finding.clause.length > 0 && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Policy: {finding.clause.join(", ")}</p>}
        </li>
      ))}
    </ul>
  );
}

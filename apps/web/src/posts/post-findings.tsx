import "../screening/screening.css";
import { Tag } from "nhsuk-react-components";
import type { ShownFinding } from "./post-errors.ts";

/** The gate's findings: what stops the post, and the policy clause each one enforces. */
export function PostFindings({ findings }: { findings: readonly ShownFinding[] }) {
  return (
    <ul className="nhsuk-list app-post-findings">
      {findings.map((finding, index) => (
        <li key={index} className="app-finding app-finding--block">
          <Tag modifier="red">Must fix</Tag>
          <p className="nhsuk-u-margin-bottom-2">{finding.message}</p>
          {finding.clause.length > 0 && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Policy: {finding.clause.join(", ")}</p>}
        </li>
      ))}
    </ul>
  );
}

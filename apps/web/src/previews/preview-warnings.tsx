import type { PreviewWarning } from "@gatehouse/policy";
import { Tag } from "nhsuk-react-components";

/** What the platform will do about this post, in words: refusals first, then notes. */
export function PreviewWarnings({ warnings }: { warnings: readonly PreviewWarning[] }) {
  if (warnings.length === 0) return null;
  const ordered = [...warnings].sort((a, b) => Number(b.refused) - Number(a.refused));
  return (
    <ul className="nhsuk-list app-preview__warnings">
      {ordered.map((w) => (
        <li key={w.code} data-warning={w.code}>
          <Tag modifier={w.refused ? "red" : "grey"}>{w.refused ? "Will be refused" : "Note"}</Tag> {w.message}
        </li>
      ))}
    </ul>
  );
}

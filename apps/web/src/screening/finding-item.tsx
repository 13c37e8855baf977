import { Tag } from "nhsuk-react-components";
import type { MergedFinding } from "./merge-findings.ts";
import { platformList } from "./merge-findings.ts";
import { SEVERITY_COLOURS, SEVERITY_LABELS } from "./severity.ts";

const QUOTE_LIMIT = 80;

/** The matched text as a short quotation: one line, cut to a readable length. */
export function quoteOf(text: string, start: number, end: number): string {
  const matched = text.slice(start, end).replace(/\s+/g, " ").trim();
  return matched.length > QUOTE_LIMIT ? `${matched.slice(0, QUOTE_LIMIT - 1)}…` : matched;
}

/**
 * One finding: how serious it is, what to do, the words it is about and the policy it
 * enforces. With `onSelect`, the quoted words are a button that selects them in the text.
 */
export function FindingItem({
  item,
  screenedText,
  showPlatforms,
  onSelect,
}: {
  item: MergedFinding;
  screenedText: string;
  showPlatforms: boolean;
  onSelect?: ((item: MergedFinding) => void) | undefined;
}) {
  const { finding, platforms } = item;
  const quote = finding.end > finding.start ? quoteOf(screenedText, finding.start, finding.end) : "";
  return (
    <li className={`app-finding app-finding--${finding.severity}`}>
      <Tag modifier={SEVERITY_COLOURS[finding.severity]}>{SEVERITY_LABELS[finding.severity]}</Tag>
      <p className="nhsuk-u-margin-bottom-2">{finding.message}</p>
      {quote !== "" && (
        <p className="nhsuk-u-margin-bottom-2">
          {onSelect ? (
            <button
              type="button"
              className="app-finding__match"
              onClick={() => {
                onSelect(item);
              }}
            >
              “{quote}”<span className="nhsuk-u-visually-hidden"> (select it in the text)</span>
            </button>
          ) : (
            <q>{quote}</q>
          )}
        </p>
      )}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Policy: {finding.clause.join(", ")}</p>
      {showPlatforms && <p className="nhsuk-body-s nhsuk-u-secondary-text-color">Applies to {platformList(platforms)}</p>}
    </li>
  );
}

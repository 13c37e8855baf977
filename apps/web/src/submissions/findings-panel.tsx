import { Tag } from "nhsuk-react-components";
import { useId, type ReactNode } from "react";
import { quoteOf } from "../screening/finding-item.tsx";
import { platformList } from "../screening/merge-findings.ts";
import { SEVERITY_COLOURS, SEVERITY_LABELS } from "../screening/severity.ts";
import "../screening/screening.css";
import { accountLabel } from "./labels.tsx";
import type { SubmissionFinding, SubmissionView } from "./types.ts";
import "./submissions.css";

/** A finding's identity on the page: the same rule over the same words, overridden or not. */
export function findingKey(finding: SubmissionFinding, index: number): string {
  return `${finding.rule}:${finding.start}:${finding.end}:${index}`;
}

/** "No problems found", "2 problems found: 1 must fix, 1 to check", plus how many were overridden. */
function summaryOf(findings: readonly SubmissionFinding[]): string {
  const open = findings.filter((f) => f.overriddenBecause === null);
  const overridden = findings.length - open.length;
  const count = (severity: SubmissionFinding["severity"]) => open.filter((f) => f.severity === severity).length;
  const parts = [
    [count("block"), "must fix"],
    [count("warn"), "to check"],
    [count("info"), "advice"],
  ] as const;
  const detail = parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(", ");
  const head = open.length === 0 ? "No problems found" : `${open.length} ${open.length === 1 ? "problem" : "problems"} found: ${detail}`;
  return overridden > 0 ? `${head}. ${overridden} overridden by the communications team.` : head;
}

/**
 * What the API's policy check found in the saved copy for each account, with the clause each
 * finding enforces. `actions` adds a reviewer's controls (override) to a finding.
 */
export function FindingsPanel({ view, actions }: { view: SubmissionView; actions?: (finding: SubmissionFinding, key: string) => ReactNode }) {
  const headingId = useId();
  const textOf = (finding: SubmissionFinding) => view.targetAccounts.find((t) => t.accountId === finding.accountIds[0])?.text ?? view.text;
  const whereOf = (finding: SubmissionFinding) => {
    const accounts = view.targetAccounts.filter((t) => finding.accountIds.includes(t.accountId));
    return accounts.length > 0 ? accounts.map(accountLabel).join(", ") : platformList(finding.platforms);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Findings from the policy check</h2>
      <p>{summaryOf(view.findings)}</p>
      {view.findings.length > 0 && (
        <ul className="app-findings">
          {view.findings.map((finding, index) => {
            const key = findingKey(finding, index);
            const text = textOf(finding);
            const quote = finding.end > finding.start ? quoteOf(text, finding.start, finding.end) : "";
            const overridden = finding.overriddenBecause !== null;
            return (
              <li key={key} className={`app-finding app-finding--${finding.severity}${overridden ? " app-finding--overridden" : ""}`}>
                <Tag modifier={overridden ? "grey" : SEVERITY_COLOURS[finding.severity]}>{SEVERITY_LABELS[finding.severity]}</Tag>
                <p className="nhsuk-u-margin-bottom-2">{finding.message}</p>
                {quote !== "" && (
                  <p className="nhsuk-u-margin-bottom-2">
                    <q>{quote}</q>
                  </p>
                )}
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Policy: {finding.clause.join(", ")}</p>
                <p className="nhsuk-body-s nhsuk-u-secondary-text-color nhsuk-u-margin-bottom-2">Applies to {whereOf(finding)}</p>
                {overridden && (
                  <p className="nhsuk-u-margin-bottom-2">
                    <strong>Overridden:</strong> <span className="app-pre-line">{finding.overriddenBecause}</span>
                  </p>
                )}
                {actions?.(finding, key)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

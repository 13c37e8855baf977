import { PLATFORM_LABELS } from "@gatehouse/policy";
import { SummaryList } from "nhsuk-react-components";
import type { MergedFinding } from "./merge-findings.ts";
import type { PlatformScreening } from "./protocol.ts";

const NUMBER = new Intl.NumberFormat("en-GB");

/** "No problems found", "1 problem", "3 problems" */
function problemsFor(platform: PlatformScreening["platform"], findings: readonly MergedFinding[]): string {
  const n = findings.filter((f) => f.platforms.includes(platform)).length;
  if (n === 0) return "No problems found";
  return `${n} ${n === 1 ? "problem" : "problems"}`;
}

/** Per target platform: the length as that platform counts it against its limit, and how it fared. */
export function PlatformLengths({ results, findings }: { results: readonly PlatformScreening[]; findings: readonly MergedFinding[] }) {
  return (
    <SummaryList>
      {results.map(({ platform, length, limit }) => (
        <SummaryList.Row key={platform}>
          <SummaryList.Key>{PLATFORM_LABELS[platform]}</SummaryList.Key>
          <SummaryList.Value>
            <span className={length > limit ? "app-over-limit" : undefined}>
              {NUMBER.format(length)} of {NUMBER.format(limit)}
            </span>
            <span className="nhsuk-u-visually-hidden"> characters</span>
            {length > limit && <span className="app-over-limit"> ({NUMBER.format(length - limit)} over the limit)</span>}
            <br />
            {problemsFor(platform, findings)}
          </SummaryList.Value>
        </SummaryList.Row>
      ))}
    </SummaryList>
  );
}

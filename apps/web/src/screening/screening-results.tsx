import { WarningCallout } from "nhsuk-react-components";
import { memo, useId, useMemo } from "react";
import { FindingItem } from "./finding-item.tsx";
import { PlatformLengths } from "./platform-lengths.tsx";
import { mergeFindings, summarise, type MergedFinding } from "./merge-findings.ts";
import { useAnnouncement } from "./use-announcement.ts";
import type { ScreeningResult, ScreeningState } from "./use-screening.ts";
import "./screening.css";

export interface ScreeningResultsProps {
  screening: ScreeningState;
  /** the page's heading level for "Policy check" */
  headingLevel?: 2 | 3;
  /** no platform is chosen, so there is nothing to check against */
  noPlatforms?: boolean;
  /** selects a finding's words in the editor; offsets are into `screenedText` */
  onSelect?: ((item: MergedFinding, screenedText: string) => void) | undefined;
}

/**
 * What screening found: each platform's length and result, then every finding once, and a
 * polite live region that says how many problems there are once typing pauses. Only the live
 * region follows every keystroke; the list changes when an answer arrives.
 */
export function ScreeningResults({ screening, headingLevel = 2, noPlatforms = false, onSelect }: ScreeningResultsProps) {
  const headingId = useId();
  const { result, unavailable, settled } = screening;
  const findings = useMemo(() => (result ? mergeFindings(result.platforms) : []), [result]);
  const summary = summarise(findings);
  const announcement = useAnnouncement(result && result.text !== "" && !noPlatforms ? summary : "", settled);
  const Heading = `h${headingLevel}` as const;

  return (
    <section className="app-screening" aria-labelledby={headingId}>
      <Heading id={headingId} className="nhsuk-heading-m">
        Policy check
      </Heading>
      <p className="nhsuk-u-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ScreeningBody result={result} findings={findings} summary={summary} unavailable={unavailable} noPlatforms={noPlatforms} onSelect={onSelect} />
    </section>
  );
}

const ScreeningBody = memo(function ScreeningBody({
  result,
  findings,
  summary,
  unavailable,
  noPlatforms,
  onSelect,
}: {
  result: ScreeningResult | null;
  findings: readonly MergedFinding[];
  summary: string;
  unavailable: boolean;
  noPlatforms: boolean;
  onSelect: ScreeningResultsProps["onSelect"];
}) {
  if (noPlatforms) return <p>Choose at least one platform to check the post for.</p>;
  if (unavailable) {
    return (
      <WarningCallout>
        <WarningCallout.Heading>The policy check is not working</WarningCallout.Heading>
        <p>Your text could not be checked in this browser just now. Try reloading the page. If it keeps happening, tell the communications team.</p>
      </WarningCallout>
    );
  }
  if (!result) return <p>Checking…</p>;
  const select = onSelect ? (item: MergedFinding) => onSelect(item, result.text) : undefined;
  return (
    <>
      <PlatformLengths results={result.platforms} findings={findings} />
      {findings.length > 0 && (
        <>
          <p className="nhsuk-body-l nhsuk-u-margin-bottom-3">{summary}</p>
          <ul className="app-findings">
            {findings.map((item) => (
              <FindingItem key={item.key} item={item} screenedText={result.text} showPlatforms={result.platforms.length > 1} onSelect={select} />
            ))}
          </ul>
        </>
      )}
    </>
  );
});

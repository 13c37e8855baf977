import { PEOPLE_DECLARATION_LABELS, PLATFORM_LABELS } from "@gatehouse/policy";
import { SummaryList } from "nhsuk-react-components";
import type { AssetView } from "../assets/types.ts";
import { platformList } from "../screening/merge-findings.ts";

/** Who is in the picture and where their consent lets it go, in two lines; the details are in the Consent section. */
export function ConsentState({ asset }: { asset: AssetView }) {
  const undeclared = asset.findings.some((f) => f.category === "media.people" && f.severity === "block");
  const covered = asset.platforms.filter((p) => !p.findings.some((f) => f.category === "media.consent")).map((p) => p.platform);
  const uncovered = asset.platforms.filter((p) => !covered.includes(p.platform)).map((p) => PLATFORM_LABELS[p.platform]);
  const consent = undeclared
    ? "Not known until the uploader says who is in the picture."
    : uncovered.length === 0
      ? "Nothing stops it on any platform."
      : covered.length === 0
        ? `Not covered on any platform (${uncovered.join(", ")}).`
        : `Covers ${platformList(covered)}. Not ${uncovered.join(", ")}.`;
  return (
    <SummaryList>
      <SummaryList.Row>
        <SummaryList.Key>People</SummaryList.Key>
        <SummaryList.Value>{asset.people ? PEOPLE_DECLARATION_LABELS[asset.people] : "Not declared yet"}</SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Consent</SummaryList.Key>
        <SummaryList.Value>
          {consent} <a href="#consents-heading">See the consent recorded</a>
        </SummaryList.Value>
      </SummaryList.Row>
    </SummaryList>
  );
}

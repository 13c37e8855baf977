import { SummaryList } from "nhsuk-react-components";
import type { ReactNode } from "react";
import { useBrandSettings } from "../brand/use-brand-settings.ts";
import { Loading } from "../components/loading.tsx";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { DetailsForm } from "./details-form.tsx";
import type { AssetView } from "./types.ts";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{label}</SummaryList.Key>
      <SummaryList.Value>{children}</SummaryList.Value>
    </SummaryList.Row>
  );
}

/** The details as a form for those who may change them, with the organisation's tags to choose from; as a list for the rest. */
export function DetailsSection({ asset, editable, refusal, handlers }: { asset: AssetView; editable: boolean; refusal: string | null; handlers: PageFormHandlers }) {
  const settings = useBrandSettings();
  if (editable) {
    if (settings.isPending) return <Loading />;
    // Without the organisation's list the tags are still editable as words.
    return <DetailsForm asset={asset} taxonomy={settings.data?.taxonomy ?? []} handlers={handlers} />;
  }
  return (
    <>
      <SummaryList>
        <Row label="Caption">{asset.caption || "None"}</Row>
        <Row label="Alt text">{asset.altText || "None"}</Row>
        <Row label="Security classification">{asset.classification ?? "Not classified yet"}</Row>
        <Row label="Tags">{asset.tags.length > 0 ? asset.tags.join(", ") : "None"}</Row>
      </SummaryList>
      {refusal && <p>{refusal}</p>}
    </>
  );
}

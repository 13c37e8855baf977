import { SummaryList } from "nhsuk-react-components";
import type { ReactNode } from "react";
import { formatDateTime } from "../components/format.ts";
import type { AssetView } from "./types.ts";

const BLOCK_NAMES: Record<string, string> = { exif: "EXIF", iptc: "IPTC", xmp: "XMP", icc: "colour profile (ICC)" };

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{label}</SummaryList.Key>
      <SummaryList.Value>{children}</SummaryList.Value>
    </SummaryList.Row>
  );
}

/** What the original file said about itself, kept as facts after all of it was stripped from every copy. */
export function MetadataSection({ asset }: { asset: AssetView }) {
  const { metadata } = asset;
  const blocks = metadata.blocks.map((b) => BLOCK_NAMES[b] ?? b);
  return (
    <>
      <SummaryList>
        <Row label="Credit">
          {metadata.artist ?? "None"}
          {metadata.artist && (
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-0 nhsuk-u-margin-top-1">
              Official content is never credited to an individual photographer (CO23 §3.5.4, ICBP038 §3.6).
            </p>
          )}
        </Row>
        <Row label="Copyright">{metadata.copyright ?? "None"}</Row>
        <Row label="Location">{metadata.gps ? "GPS location removed" : "No location in the file"}</Row>
        <Row label="Camera">{metadata.camera ?? "Not recorded"}</Row>
        <Row label="Taken">{metadata.takenAt ? formatDateTime(metadata.takenAt) : "Not recorded"}</Row>
        <Row label="Hidden information">
          {blocks.length === 0 ? "None was in the file." : `The file carried ${blocks.join(", ")} information. Every block was stripped: the copies Gatehouse keeps and publishes carry none of it.`}
        </Row>
      </SummaryList>
      <h3>Text found in the picture</h3>
      {asset.textFound?.trim() ? <p className="app-pre-line app-text-found">{asset.textFound}</p> : <p>No text was found in the picture.</p>}
    </>
  );
}

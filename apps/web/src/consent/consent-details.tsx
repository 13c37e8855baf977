import { SummaryList } from "nhsuk-react-components";
import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "../components/format.ts";
import { platformList } from "../screening/merge-findings.ts";
import { subjectKindLabel } from "./labels.ts";
import type { ConsentDetail } from "./types.ts";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{label}</SummaryList.Key>
      <SummaryList.Value>{children}</SummaryList.Value>
    </SummaryList.Row>
  );
}

const said = (text: string | null) => (text?.trim() ? <span className="app-pre-line">{text}</span> : "Not recorded");

/** Everything the record says: who, what they agreed to and were told, when, and where the proof is. */
export function ConsentDetails({ consent }: { consent: ConsentDetail }) {
  return (
    <SummaryList>
      <Row label="Who">{subjectKindLabel(consent.subjectKind)}</Row>
      {consent.guardianName && <Row label="Parent or guardian">{consent.guardianName}</Row>}
      <Row label="Platforms">{platformList(consent.platforms)}</Row>
      <Row label="Purposes">{said(consent.purposes)}</Row>
      <Row label="Told who is taking the pictures">{said(consent.toldWho)}</Row>
      <Row label="Told why">{said(consent.toldPurpose)}</Row>
      <Row label="Told how to see or withdraw it">{said(consent.toldAccess)}</Row>
      <Row label="Given">{formatDate(consent.givenAt)}</Row>
      <Row label="Ends">{consent.expiresAt ? formatDate(consent.expiresAt) : "No end date"}</Row>
      <Row label="Signed form kept">{said(consent.evidence)}</Row>
      <Row label="Signed form">
        {consent.evidenceFile ? (
          <a href={consent.evidenceFile.url} download>
            Download the signed form{consent.evidenceFile.name ? ` (${consent.evidenceFile.name})` : ""}
          </a>
        ) : (
          "Not uploaded"
        )}
      </Row>
      <Row label="Obtained by">{consent.obtainedBy ?? "Not recorded"}</Row>
      <Row label="Recorded by">
        {consent.recordedBy.name}, {formatDateTime(consent.createdAt)}
      </Row>
      {consent.withdrawnAt && (
        <Row label="Withdrawn">
          {formatDateTime(consent.withdrawnAt)}
          {consent.withdrawnBy ? `, recorded by ${consent.withdrawnBy.name}` : ""}
          {consent.withdrawalReason && (
            <>
              <br />
              <span className="app-pre-line">{consent.withdrawalReason}</span>
            </>
          )}
        </Row>
      )}
    </SummaryList>
  );
}

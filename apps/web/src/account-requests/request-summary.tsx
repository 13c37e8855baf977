import { PLATFORM_LABELS } from "@gatehouse/policy";
import { SummaryList } from "nhsuk-react-components";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { AccountRequest } from "../api-types.ts";
import { formatDate, formatDateTime } from "../components/format.ts";
import { RequestStateTag } from "../components/status-tags.tsx";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{label}</SummaryList.Key>
      <SummaryList.Value>{children}</SummaryList.Value>
    </SummaryList.Row>
  );
}

/** Keeps the line breaks people typed in the business case. */
function Paragraphs({ text }: { text: string }) {
  return <span className="app-pre-line">{text}</span>;
}

export function RequestSummary({ request }: { request: AccountRequest }) {
  return (
    <>
      <SummaryList>
        <Row label="Platform">{PLATFORM_LABELS[request.platform]}</Row>
        <Row label="Handle">{request.handle}</Row>
        <Row label="Display name">{request.name}</Row>
        <Row label="What is the account for?">
          <Paragraphs text={request.purpose} />
        </Row>
        <Row label="Who is it for?">
          <Paragraphs text={request.audience} />
        </Row>
        <Row label="Who will run it day to day?">
          <Paragraphs text={request.operators} />
        </Row>
        <Row label="How will you measure success?">
          <Paragraphs text={request.measure} />
        </Row>
        <Row label="Requested by">{request.requestedBy.name}</Row>
        <Row label="Department">{request.department ?? "None"}</Row>
        <Row label="Date requested">{formatDate(request.createdAt)}</Row>
        <Row label="Status">
          <RequestStateTag state={request.state} />
        </Row>
      </SummaryList>
      {request.state !== "pending" && <Decision request={request} />}
    </>
  );
}

function Decision({ request }: { request: AccountRequest }) {
  return (
    <>
      <h2>Decision</h2>
      <SummaryList>
        <Row label="Decision">{request.state === "approved" ? "Approved" : "Declined"}</Row>
        {request.decidedBy && <Row label="Decided by">{request.decidedBy.name}</Row>}
        {request.decidedAt && <Row label="Decided on">{formatDateTime(request.decidedAt)}</Row>}
        {request.decisionReason && (
          <Row label={request.state === "declined" ? "Reason for declining" : "Note"}>
            <Paragraphs text={request.decisionReason} />
          </Row>
        )}
        {request.accountId && (
          <Row label="Account">
            <Link to={`/accounts/${request.accountId}`}>View the {PLATFORM_LABELS[request.platform]} account {request.handle}</Link>
          </Row>
        )}
      </SummaryList>
    </>
  );
}

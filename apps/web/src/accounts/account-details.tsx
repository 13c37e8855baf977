import { PLATFORM_LABELS } from "@gatehouse/policy";
import { SummaryList } from "nhsuk-react-components";
import type { AccountDetail } from "../api-types.ts";
import { formatDate } from "../components/format.ts";
import { AccountStatusTag } from "../components/status-tags.tsx";
import { ConnectionTag } from "./connection-tag.tsx";

export function AccountDetails({ account }: { account: AccountDetail }) {
  return (
    <SummaryList>
      <SummaryList.Row>
        <SummaryList.Key>Platform</SummaryList.Key>
        <SummaryList.Value>{PLATFORM_LABELS[account.platform]}</SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Handle</SummaryList.Key>
        <SummaryList.Value>{account.handle}</SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Display name</SummaryList.Key>
        <SummaryList.Value>{account.name}</SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Status</SummaryList.Key>
        <SummaryList.Value>
          <AccountStatusTag status={account.status} />
        </SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Connection</SummaryList.Key>
        <SummaryList.Value>
          <ConnectionTag connection={account.connection} />
        </SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Registered</SummaryList.Key>
        <SummaryList.Value>{formatDate(account.createdAt)}</SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Your rights</SummaryList.Key>
        <SummaryList.Value>{account.canPublish ? "You can publish to this account" : "You cannot publish to this account"}</SummaryList.Value>
      </SummaryList.Row>
    </SummaryList>
  );
}

import { PLATFORM_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { Table } from "nhsuk-react-components";
import { Link } from "react-router";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { AccountStatusTag } from "../components/status-tags.tsx";
import { useTRPC } from "../trpc.ts";
import { ConnectionTag } from "./connection-tag.tsx";

export function AccountsPage() {
  const trpc = useTRPC();
  const accounts = useQuery(trpc.accounts.list.queryOptions());
  usePageTitle("Accounts");

  if (accounts.isError) return <QueryError error={accounts.error} />;

  return (
    <>
      <h1>Accounts</h1>
      <p>The organisation's official social media accounts. Only communications officers with publishing rights can post to them.</p>
      {accounts.isPending ? (
        <Loading />
      ) : accounts.data.length === 0 ? (
        <p>No official accounts are registered yet.</p>
      ) : (
        <Table caption="Official accounts" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Platform</Table.Cell>
              <Table.Cell>Handle</Table.Cell>
              <Table.Cell>Display name</Table.Cell>
              <Table.Cell>Status</Table.Cell>
              <Table.Cell>Connection</Table.Cell>
              <Table.Cell format="numeric">Publishers</Table.Cell>
              <Table.Cell>Your rights</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {accounts.data.map((account) => (
              <Table.Row key={account.id}>
                <Table.Cell>{PLATFORM_LABELS[account.platform]}</Table.Cell>
                <Table.Cell>
                  <Link to={`/accounts/${account.id}`}>{account.handle}</Link>
                </Table.Cell>
                <Table.Cell>{account.name}</Table.Cell>
                <Table.Cell>
                  <AccountStatusTag status={account.status} />
                </Table.Cell>
                <Table.Cell>
                  <ConnectionTag connection={account.connection} />
                  {account.connector === "sandbox" && (
                    <Link to={`/sandbox/${account.id}`} className="nhsuk-u-display-block nhsuk-u-margin-top-1">
                      View sandbox feed
                      <span className="nhsuk-u-visually-hidden">
                        {" "}
                        for {PLATFORM_LABELS[account.platform]} {account.handle}
                      </span>
                    </Link>
                  )}
                </Table.Cell>
                <Table.Cell format="numeric">{account.grantCount}</Table.Cell>
                <Table.Cell>{account.canPublish ? "You can publish" : ""}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}

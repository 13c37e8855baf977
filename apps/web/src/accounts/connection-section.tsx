import { can, PLATFORM_LABELS, platformCanDelete } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { InsetText, SummaryList } from "nhsuk-react-components";
import type { ReactNode } from "react";
import type { AccountDetail, RouterOutputs } from "../api-types.ts";
import { useCurrentUser } from "../auth/session-context.ts";
import { formatDateTime } from "../components/format.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { AppPasswordConnectForm } from "./app-password-connect-form.tsx";
import { ConnectionTag, remoteName } from "./connection-tag.tsx";
import { OAuthConnectForm } from "./oauth-connect-form.tsx";
import { TokenConnectForm } from "./token-connect-form.tsx";
import { UseSandboxForm } from "./use-sandbox-form.tsx";

export type ConnectionOptions = RouterOutputs["connections"]["options"];

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{label}</SummaryList.Key>
      <SummaryList.Value>{children}</SummaryList.Value>
    </SummaryList.Row>
  );
}

/** The health of the connection in a sentence: what works, what is about to stop, and what to do. */
function healthLine(account: AccountDetail, canConnect: boolean): string {
  const { connection } = account;
  const label = PLATFORM_LABELS[account.platform];
  const fix = canConnect ? "Connect it again below." : "Ask an administrator to connect it again.";
  switch (connection.state) {
    case "sandbox":
      return `Posts go to Gatehouse's built-in sandbox, a practice copy of ${label}: nothing is really posted.`;
    case "connected":
      return `Posts go to ${label}.`;
    case "expiring": {
      const until = connection.renewBy ?? connection.expiresAt;
      return `Posts go to ${label}, but the sign-in expires${until ? ` on ${formatDateTime(until)}` : " soon"}. ${fix}`;
    }
    case "disconnected":
      return `${label} no longer accepts this account's sign-in${connection.lastError ? `: ${connection.lastError}` : "."} Posts to it fail until it is connected again. ${fix}`;
  }
}

/** The account's connection to its platform; administrators connect it, or send it back to the sandbox. */
export function ConnectionSection({ account, handlers }: { account: AccountDetail; handlers: PageFormHandlers }) {
  const user = useCurrentUser();
  const trpc = useTRPC();
  const canConnect = can(user.roles, "accounts.connect");
  const options = useQuery({ ...trpc.connections.options.queryOptions({ accountId: account.id }), enabled: canConnect });
  const { connection } = account;
  const label = PLATFORM_LABELS[account.platform];
  const connected = connection.method !== "sandbox";

  return (
    <>
      <h2>Connection</h2>
      <SummaryList>
        <Row label="Health">
          <ConnectionTag connection={connection} />
          <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">{healthLine(account, canConnect)}</p>
        </Row>
        {connected && (
          <>
            <Row label="Server">
              {connection.usesFake ? `Gatehouse's local ${label} fake (demo)` : `The real ${label}`}
              {connection.baseUrl && <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">{connection.baseUrl}</span>}
            </Row>
            <Row label="Signed in as">{connection.remoteHandle ? remoteName(connection.remoteHandle) : "Not known"}</Row>
            {connection.connectedAt && <Row label="Connected on">{formatDateTime(connection.connectedAt)}</Row>}
            {connection.renewBy && <Row label="Connect again by">{formatDateTime(connection.renewBy)}</Row>}
            {connection.expiresAt && <Row label="Access token expires">{formatDateTime(connection.expiresAt)}</Row>}
          </>
        )}
      </SummaryList>
      {!platformCanDelete(account.platform) && (
        <InsetText>
          <p>
            Instagram's API cannot delete posts. When an Instagram post must come down, Gatehouse lists it on the Takedowns page as a task for a
            person: delete it in the Instagram app, then close the task.
          </p>
        </InsetText>
      )}
      {canConnect &&
        (options.isPending ? (
          <p role="status">Loading the ways to connect…</p>
        ) : options.isError ? (
          <p>The ways to connect this account could not be loaded just now. Try reloading the page.</p>
        ) : (
          <>
            <h3>{connected ? `Connect to ${label} again` : `Connect to ${label}`}</h3>
            {options.data.method === "oauth" ? (
              <OAuthConnectForm account={account} options={options.data} {...handlers} />
            ) : options.data.method === "token" ? (
              <TokenConnectForm account={account} options={options.data} {...handlers} />
            ) : (
              <AppPasswordConnectForm account={account} options={options.data} {...handlers} />
            )}
            {connected && (
              <>
                <h3>Use the sandbox</h3>
                <UseSandboxForm account={account} {...handlers} />
              </>
            )}
          </>
        ))}
    </>
  );
}

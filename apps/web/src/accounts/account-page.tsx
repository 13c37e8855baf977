import { can, PLATFORM_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { BackLink } from "nhsuk-react-components";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { AccountDetails } from "./account-details.tsx";
import { ConnectionBanner } from "./connection-banner.tsx";
import { ConnectionSection } from "./connection-section.tsx";
import { GrantForm } from "./grant-form.tsx";
import { PublishersTable } from "./publishers-table.tsx";
import { StatusForm } from "./status-form.tsx";

export function AccountPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const trpc = useTRPC();
  const account = useQuery(trpc.accounts.get.queryOptions({ id }));
  const { errors, notice, handlers } = usePageForms();
  usePageTitle(account.data ? `${account.data.name} (${PLATFORM_LABELS[account.data.platform]})` : "Account", errors !== null);

  if (account.isPending) return <Loading />;
  if (account.isError) return <QueryError error={account.error} />;

  const canManage = can(user.roles, "accounts.manage");

  return (
    <>
      <BackLink asElement={Link} to="/accounts">
        Back to accounts
      </BackLink>
      {errors === null && notice === null && <ConnectionBanner account={account.data} />}
      <PageFormMessages errors={errors} notice={notice} />
      <span className="nhsuk-caption-l">{PLATFORM_LABELS[account.data.platform]} account</span>
      <h1>{account.data.name}</h1>
      <AccountDetails account={account.data} />
      {account.data.connector === "sandbox" && (
        <p>
          <Link to={`/sandbox/${account.data.id}`}>View sandbox feed</Link>: what this account's sandbox shows for the posts published to
          it.
        </p>
      )}

      <ConnectionSection account={account.data} handlers={handlers} />

      <h2>People who can publish</h2>
      <PublishersTable account={account.data} canManage={canManage} {...handlers} />

      {canManage && (
        <>
          <h2>Grant publishing rights</h2>
          <GrantForm account={account.data} {...handlers} />
          <h2>Change the status</h2>
          <StatusForm key={account.data.status} account={account.data} {...handlers} />
        </>
      )}
    </>
  );
}

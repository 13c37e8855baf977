import { NotificationBanner } from "nhsuk-react-components";
import { useSearchParams } from "react-router";
import type { AccountDetail } from "../api-types.ts";
import { connectedMessage } from "./connection-tag.tsx";

/**
 * The platform's sign-in page sends the person back with ?connected=1 or ?connectError=…
 * (apps/api/src/http/oauth-callback.ts): say how it went, once the account shows it.
 */
export function ConnectionBanner({ account }: { account: AccountDetail }) {
  const [params] = useSearchParams();
  const error = params.get("connectError");
  if (error !== null) {
    return (
      <NotificationBanner>
        <NotificationBanner.Title>Important</NotificationBanner.Title>
        <NotificationBanner.Heading>The account was not connected.</NotificationBanner.Heading>
        <p>{error}</p>
      </NotificationBanner>
    );
  }
  if (params.get("connected") === "1" && account.connection.state !== "sandbox") {
    return (
      <NotificationBanner success>
        <NotificationBanner.Title>Success</NotificationBanner.Title>
        <NotificationBanner.Heading>{connectedMessage(account.platform, account.connection.remoteHandle)}</NotificationBanner.Heading>
      </NotificationBanner>
    );
  }
  return null;
}

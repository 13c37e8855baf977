import { PLATFORM_LABELS } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { AccountDetail } from "../api-types.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { connectFormErrors } from "./connect-errors.ts";
import type { ConnectionOptions } from "./connection-section.tsx";
import { ServerAddressField } from "./server-address-field.tsx";

const FIELDS = { baseUrl: "connect-base-url", accessToken: "connect-access-token" };

/** Mastodon: the account's own server and an access token made there for Gatehouse. */
export function TokenConnectForm({ account, options, errors, onError, onDone }: { account: AccountDetail; options: ConnectionOptions } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const connect = useMutation(trpc.connections.connectToken.mutationOptions());
  const [baseUrl, setBaseUrl] = useState(account.connection.baseUrl ?? options.defaultBaseUrl);
  const [accessToken, setAccessToken] = useState("");
  const label = PLATFORM_LABELS[account.platform];

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (connect.isPending) return;
    connect.mutate(
      { accountId: account.id, baseUrl, accessToken },
      {
        onSuccess: () => {
          setAccessToken("");
          void queryClient.invalidateQueries(trpc.accounts.pathFilter());
          onDone(`Connected to ${label}. Gatehouse checked the token: it can post as ${account.handle}.`);
        },
        onError: (error) => {
          onError(connectFormErrors(error, FIELDS));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ServerAddressField
        id={FIELDS.baseUrl}
        label="Instance address"
        hint={`The address of the ${label} server ${account.handle} is on, for example https://mastodon.social`}
        value={baseUrl}
        onChange={setBaseUrl}
        fakeBaseUrl={options.fakeBaseUrl}
        platformLabel={label}
        error={errors?.fields[FIELDS.baseUrl]}
      />
      <TextInput
        type="password"
        label="Access token"
        id={FIELDS.accessToken}
        name="accessToken"
        autoComplete="off"
        spellCheck={false}
        hint={`Signed in to ${label} as ${account.handle}, go to Preferences, then Development, then New application. Name it Gatehouse, tick the scopes read:accounts, read:statuses, write:statuses and write:media, and submit. Open the application and copy "Your access token". Gatehouse keeps it encrypted.`}
        value={accessToken}
        error={errors?.fields[FIELDS.accessToken]}
        onChange={(event) => {
          setAccessToken(event.target.value);
        }}
      />
      <Button type="submit" disabled={connect.isPending}>
        Connect to {label}
      </Button>
    </form>
  );
}

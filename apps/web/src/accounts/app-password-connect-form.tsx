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

const FIELDS = { baseUrl: "connect-base-url", identifier: "connect-identifier", password: "connect-app-password" };

/** Bluesky: the server that hosts the account (its PDS), its handle and an app password made for Gatehouse. */
export function AppPasswordConnectForm({ account, options, errors, onError, onDone }: { account: AccountDetail; options: ConnectionOptions } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const connect = useMutation(trpc.connections.connectAppPassword.mutationOptions());
  const [baseUrl, setBaseUrl] = useState(account.connection.baseUrl ?? options.defaultBaseUrl);
  const [identifier, setIdentifier] = useState(account.connection.remoteHandle ?? account.handle.replace(/^@/, ""));
  const [password, setPassword] = useState("");
  const label = PLATFORM_LABELS[account.platform];

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (connect.isPending) return;
    connect.mutate(
      { accountId: account.id, baseUrl, identifier, password },
      {
        onSuccess: () => {
          setPassword("");
          void queryClient.invalidateQueries(trpc.accounts.pathFilter());
          onDone(`Connected to ${label}. Gatehouse signed in with the app password.`);
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
        label="Server address (PDS)"
        hint={`Where the account is hosted. For accounts on ${label} itself this is https://bsky.social; a self-hosted account has its own.`}
        value={baseUrl}
        onChange={setBaseUrl}
        fakeBaseUrl={options.fakeBaseUrl}
        platformLabel={label}
        error={errors?.fields[FIELDS.baseUrl]}
      />
      <TextInput
        label="Handle"
        id={FIELDS.identifier}
        name="identifier"
        hint="The account's handle without the @, for example demonhstrust.bsky.social"
        autoComplete="off"
        spellCheck={false}
        value={identifier}
        error={errors?.fields[FIELDS.identifier]}
        onChange={(event) => {
          setIdentifier(event.target.value);
        }}
      />
      <TextInput
        type="password"
        label="App password"
        id={FIELDS.password}
        name="appPassword"
        autoComplete="off"
        spellCheck={false}
        hint={`Never the account's own password. Signed in to ${label} as the account, go to Settings, then Privacy and security, then App passwords, and add one named Gatehouse. Copy the password it shows (four groups of four letters and numbers, like abcd-efgh-ijkl-mnop): ${label} shows it once. Gatehouse keeps it encrypted, and you can revoke it there at any time.`}
        value={password}
        error={errors?.fields[FIELDS.password]}
        onChange={(event) => {
          setPassword(event.target.value);
        }}
      />
      <Button type="submit" disabled={connect.isPending}>
        Connect to {label}
      </Button>
    </form>
  );
}

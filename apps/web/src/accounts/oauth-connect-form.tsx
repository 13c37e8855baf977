import { PLATFORM_LABELS } from "@gatehouse/policy";
import { useMutation } from "@tanstack/react-query";
import { Button, Radios } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { AccountDetail } from "../api-types.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { fieldError } from "../review/review-errors.ts";
import { useTRPC } from "../trpc.ts";
import { connectFormErrors } from "./connect-errors.ts";
import type { ConnectionOptions } from "./connection-section.tsx";

const WHERE = "connect-where";

/**
 * Connecting by the platform's own sign-in page (X, Facebook, Instagram, LinkedIn): Gatehouse
 * sends the person there, and the platform sends them back to this page. In the demo there
 * is a choice of the real platform or Gatehouse's local fake of it.
 */
export function OAuthConnectForm({ account, options, errors, onError }: { account: AccountDetail; options: ConnectionOptions } & PageFormHandlers) {
  const trpc = useTRPC();
  const start = useMutation(trpc.connections.startOAuth.mutationOptions());
  const [where, setWhere] = useState<"real" | "fake" | null>(options.fakeBaseUrl ? null : "real");
  const label = PLATFORM_LABELS[account.platform];

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    if (where === null) {
      onError(fieldError(WHERE, `Choose which ${label} to connect to.`));
      return;
    }
    start.mutate(
      { accountId: account.id, useFake: where === "fake" },
      {
        onSuccess: ({ authorizeUrl }) => {
          window.location.assign(authorizeUrl);
        },
        onError: (error) => {
          onError(connectFormErrors(error, { useFake: WHERE }));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <p>
        {label} asks someone who manages {account.handle} to sign in and allow Gatehouse to post for it, then sends them back here. Sign in as
        the account itself, not as yourself.
      </p>
      {options.fakeBaseUrl && (
        <Radios name="where" legend={`Which ${label} to connect to`} legendProps={{ size: "s" }} error={errors?.fields[WHERE]}>
          <Radios.Item
            id={WHERE}
            value="real"
            checked={where === "real"}
            onChange={() => {
              setWhere("real");
            }}
          >
            The real {label}
          </Radios.Item>
          <Radios.Item
            id={`${WHERE}-fake`}
            value="fake"
            checked={where === "fake"}
            hint={`For the demo: a copy of ${label}'s API that Gatehouse serves itself, at ${options.fakeBaseUrl}. Nothing leaves this computer.`}
            onChange={() => {
              setWhere("fake");
            }}
          >
            Gatehouse's local {label} fake
          </Radios.Item>
        </Radios>
      )}
      <Button type="submit" disabled={start.isPending}>
        Connect to {label}
      </Button>
    </form>
  );
}

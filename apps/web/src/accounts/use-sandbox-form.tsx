import { PLATFORM_LABELS } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "nhsuk-react-components";
import type { SubmitEvent } from "react";
import type { AccountDetail } from "../api-types.ts";
import { formErrorsFrom } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";

/** Back to the built-in sandbox: Gatehouse forgets the platform credentials. */
export function UseSandboxForm({ account, onError, onDone }: { account: AccountDetail } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const useSandbox = useMutation(trpc.connections.useSandbox.mutationOptions());
  const label = PLATFORM_LABELS[account.platform];

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (useSandbox.isPending) return;
    useSandbox.mutate(
      { accountId: account.id },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.accounts.pathFilter());
          onDone(`${account.handle} now publishes to the built-in sandbox. Gatehouse has forgotten its ${label} sign-in.`);
        },
        onError: (error) => {
          onError(formErrorsFrom(error, []));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <p>
        Gatehouse forgets this account's {label} sign-in, and its posts go to the built-in sandbox from then on. Posts already on {label} stay
        there.
      </p>
      <Button type="submit" secondary disabled={useSandbox.isPending}>
        Use the sandbox instead
      </Button>
    </form>
  );
}

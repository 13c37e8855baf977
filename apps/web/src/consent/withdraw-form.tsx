import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea, WarningCallout } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";

const FIELD = "withdraw-reason";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The person withdraws: everything that would show them again is stopped at once. */
export function WithdrawForm({ consentId, errors, onError, onDone }: { consentId: string } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const withdraw = useMutation(trpc.consent.withdraw.mutationOptions());
  const [reason, setReason] = useState("");

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (withdraw.isPending) return;
    withdraw.mutate(
      { id: consentId, reason },
      {
        onSuccess: (result) => {
          setReason("");
          for (const filter of [trpc.consent.pathFilter(), trpc.assets.pathFilter(), trpc.posts.pathFilter(), trpc.takedowns.pathFilter(), trpc.submissions.pathFilter()]) {
            void queryClient.invalidateQueries(filter);
          }
          onDone(
            `Consent withdrawn. ${count(result.affectedPostIds.length, "scheduled post was", "scheduled posts were")} blocked, and ${count(result.takedownPostIds.length, "published post", "published posts")} must come down.`,
          );
        },
        onError: (error) => {
          const problem = apiProblem(error);
          const fields: Record<string, string> = problem.fields.reason ? { [FIELD]: problem.fields.reason } : {};
          onError(formErrorsFromProblem({ ...problem, fields }, [FIELD], FIELD));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <WarningCallout>
        <WarningCallout.Heading>Important</WarningCallout.Heading>
        <p>
          Withdrawing consent blocks every scheduled post that uses these pictures, and takes published ones down (or lists them for the
          communications team to take down). Copies of the pictures are flagged so they cannot be used. This cannot be undone.
        </p>
      </WarningCallout>
      <Textarea
        label="How and when did the person withdraw their consent?"
        id={FIELD}
        name="reason"
        hint="For example, phoned the communications team on 3 March. This goes in the audit log: do not write the person's name."
        rows={3}
        value={reason}
        error={errors?.fields[FIELD]}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <Button type="submit" warning disabled={withdraw.isPending}>
        Withdraw consent
      </Button>
    </form>
  );
}

import { ACCOUNT_REQUEST_CLAUSES } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { AccountRequest } from "../api-types.ts";
import { formErrorsFrom } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";

/** Approve (with an optional note) or decline (with a reason) a pending request. */
export function DecisionForms({ request, ...handlers }: { request: AccountRequest } & PageFormHandlers) {
  return (
    <>
      <h2>Decide on this request</h2>
      <p>
        Approving registers the account straight away. Declining tells the department why, so they know what to change (
        {ACCOUNT_REQUEST_CLAUSES.join(", ")}).
      </p>
      <ApproveForm request={request} {...handlers} />
      <DeclineForm request={request} {...handlers} />
    </>
  );
}

function useInvalidateAfterDecision() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries(trpc.accountRequests.pathFilter());
    void queryClient.invalidateQueries(trpc.accounts.pathFilter());
  };
}

function ApproveForm({ request, errors, onError, onDone }: { request: AccountRequest } & PageFormHandlers) {
  const trpc = useTRPC();
  const approve = useMutation(trpc.accountRequests.approve.mutationOptions());
  const invalidate = useInvalidateAfterDecision();
  const [note, setNote] = useState("");

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (approve.isPending) return;
    approve.mutate(
      { id: request.id, note: note.trim() === "" ? undefined : note },
      {
        onSuccess: () => {
          invalidate();
          onDone("Request approved. The account is registered.");
        },
        onError: (error) => {
          onError(formErrorsFrom(error, ["note"]));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Textarea
        label="Note (optional)"
        id="note"
        name="note"
        hint="Anything the department should know, for example who in the communications team will help them start."
        rows={3}
        value={note}
        error={errors?.fields.note}
        onChange={(event) => {
          setNote(event.target.value);
        }}
      />
      <Button type="submit">Approve request</Button>
    </form>
  );
}

function DeclineForm({ request, errors, onError, onDone }: { request: AccountRequest } & PageFormHandlers) {
  const trpc = useTRPC();
  const decline = useMutation(trpc.accountRequests.decline.mutationOptions());
  const invalidate = useInvalidateAfterDecision();
  const [reason, setReason] = useState("");

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (decline.isPending) return;
    decline.mutate(
      { id: request.id, reason },
      {
        onSuccess: () => {
          invalidate();
          onDone("Request declined. The department can see your reason.");
        },
        onError: (error) => {
          onError(formErrorsFrom(error, ["reason"]));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Textarea
        label="Reason for declining"
        id="reason"
        name="reason"
        hint="Say what would need to change for the communications team to approve an account like this."
        rows={4}
        value={reason}
        error={errors?.fields.reason}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <Button type="submit" warning>
        Decline request
      </Button>
    </form>
  );
}

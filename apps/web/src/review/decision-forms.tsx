import type { Decision } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, HintText, Textarea } from "nhsuk-react-components";
import { useId, useState, type SubmitEvent } from "react";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { reasonOf, type Decide } from "../submissions/actor.ts";
import type { SubmissionView } from "../submissions/types.ts";
import { useTRPC } from "../trpc.ts";
import { reviewFormErrors } from "./review-errors.ts";

function useInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries(trpc.submissions.pathFilter());
    void queryClient.invalidateQueries(trpc.review.pathFilter());
    void queryClient.invalidateQueries(trpc.posts.pathFilter());
  };
}

/** A decision's button, disabled with packages/policy's reason beside it when the person may not decide this. */
function DecisionButton({ decision, label, warning }: { decision: Decision; label: string; warning?: boolean }) {
  const reasonId = useId();
  const reason = reasonOf(decision);
  return (
    <>
      {reason && (
        <HintText id={reasonId} className="app-decision-refusal">
          {reason}
        </HintText>
      )}
      <Button type="submit" warning={warning} disabled={reason !== null} aria-describedby={reason ? reasonId : undefined}>
        {label}
      </Button>
    </>
  );
}

/** Ask for changes, reject, or approve: the three decisions on a submission under review. */
export function DecisionForms({ view, decide, ...handlers }: { view: SubmissionView; decide: Decide } & PageFormHandlers) {
  const blocking = view.findings.filter((f) => f.severity === "block" && f.overriddenBecause === null).length;
  return (
    <>
      <h2>Decision</h2>
      <RequestChangesForm view={view} decision={decide("requestChanges")} {...handlers} />
      <RejectForm view={view} decision={decide("reject")} {...handlers} />
      <ApproveForm view={view} decision={decide("approve")} blocking={blocking} {...handlers} />
    </>
  );
}

function RequestChangesForm({ view, decision, errors, onError, onDone }: { view: SubmissionView; decision: Decision } & PageFormHandlers) {
  const trpc = useTRPC();
  const requestChanges = useMutation(trpc.review.requestChanges.mutationOptions());
  const invalidate = useInvalidate();
  const [reason, setReason] = useState("");

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (requestChanges.isPending || !decision.ok) return;
    requestChanges.mutate(
      { id: view.id, reason },
      {
        onSuccess: () => {
          invalidate();
          setReason("");
          onDone("Changes requested. The author can see what needs to change.");
        },
        onError: (error) => {
          onError(reviewFormErrors(error, { reason: "changes" }, "changes"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="nhsuk-u-margin-bottom-6">
      <Textarea
        label="What needs to change?"
        labelProps={{ size: "s" }}
        id="changes"
        name="changes"
        hint="The author sees this and can change the submission and send it again."
        rows={4}
        value={reason}
        error={errors?.fields.changes}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <DecisionButton decision={decision} label="Request changes" />
    </form>
  );
}

function RejectForm({ view, decision, errors, onError, onDone }: { view: SubmissionView; decision: Decision } & PageFormHandlers) {
  const trpc = useTRPC();
  const reject = useMutation(trpc.review.reject.mutationOptions());
  const invalidate = useInvalidate();
  const [reason, setReason] = useState("");

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reject.isPending || !decision.ok) return;
    reject.mutate(
      { id: view.id, reason },
      {
        onSuccess: () => {
          invalidate();
          onDone("Submission rejected. The author can see your reason.");
        },
        onError: (error) => {
          onError(reviewFormErrors(error, { reason: "rejectReason" }, "rejectReason"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="nhsuk-u-margin-bottom-6">
      <Textarea
        label="Reason for rejecting"
        labelProps={{ size: "s" }}
        id="rejectReason"
        name="rejectReason"
        hint="Rejecting is final: the author cannot send this submission again. Say why, so they know."
        rows={4}
        value={reason}
        error={errors?.fields.rejectReason}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <DecisionButton decision={decision} label="Reject" warning />
    </form>
  );
}

function ApproveForm({
  view,
  decision,
  blocking,
  errors,
  onError,
  onDone,
}: { view: SubmissionView; decision: Decision; blocking: number } & PageFormHandlers) {
  const trpc = useTRPC();
  const approve = useMutation(trpc.review.approve.mutationOptions());
  const invalidate = useInvalidate();
  const [note, setNote] = useState("");

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (approve.isPending || !decision.ok) return;
    approve.mutate(
      { id: view.id, note: note.trim() === "" ? undefined : note },
      {
        onSuccess: () => {
          invalidate();
          onDone("Submission approved. Choose when it goes out on each account.");
        },
        onError: (error) => {
          onError(reviewFormErrors(error, { note: "approvalNote" }, "approvalNote"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="nhsuk-u-margin-bottom-6">
      <Textarea
        label="Approval note (optional)"
        labelProps={{ size: "s" }}
        id="approvalNote"
        name="approvalNote"
        hint="Anything the author or whoever schedules it should know."
        rows={3}
        value={note}
        error={errors?.fields.approvalNote}
        onChange={(event) => {
          setNote(event.target.value);
        }}
      />
      {blocking > 0 && (
        <p className="app-decision-refusal">
          {blocking === 1 ? "1 finding must be fixed" : `${blocking} findings must be fixed`} or overridden before this can be approved.
        </p>
      )}
      <DecisionButton decision={decision} label="Approve" />
    </form>
  );
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea } from "nhsuk-react-components";
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import { Link } from "react-router";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFrom, formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import type { Decide } from "./actor.ts";
import type { SubmissionView } from "./types.ts";

function useInvalidateSubmission() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries(trpc.submissions.pathFilter());
    void queryClient.invalidateQueries(trpc.review.pathFilter());
  };
}

/** The author's actions, each offered only when packages/policy allows it now. */
export function AuthorActions({ view, decide, ...handlers }: { view: SubmissionView; decide: Decide } & PageFormHandlers) {
  const [confirming, setConfirming] = useState(false);
  const mayEdit = decide("edit").ok;
  const mayWithdraw = decide("withdraw").ok;
  if (mayWithdraw && confirming) {
    return (
      <WithdrawForm
        view={view}
        onCancel={() => {
          setConfirming(false);
        }}
        {...handlers}
      />
    );
  }
  if (!mayEdit && !mayWithdraw) return null;
  return (
    <div className="nhsuk-button-group">
      {mayEdit && (
        <Link className="nhsuk-button" to={`/submissions/${view.id}/edit`}>
          Edit
        </Link>
      )}
      {mayWithdraw && (
        <Button
          type="button"
          secondary
          onClick={() => {
            setConfirming(true);
          }}
        >
          Withdraw
        </Button>
      )}
    </div>
  );
}

/** Withdrawing cannot be undone, so it asks first, with an optional reason. */
function WithdrawForm({ view, onCancel, onError, onDone }: { view: SubmissionView; onCancel: () => void } & PageFormHandlers) {
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.submissions.withdraw.mutationOptions());
  const invalidate = useInvalidateSubmission();
  const [reason, setReason] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (withdraw.isPending) return;
    withdraw.mutate(
      { id: view.id, reason: reason.trim() === "" ? undefined : reason },
      {
        onSuccess: () => {
          invalidate();
          onCancel();
          onDone("Your submission has been withdrawn. The communications team will not work on it.");
        },
        onError: (error) => {
          onError(formErrorsFrom(error, ["reason"]));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="nhsuk-u-margin-bottom-6">
      <h2 ref={headingRef} tabIndex={-1}>
        Are you sure you want to withdraw this submission?
      </h2>
      <p>The communications team will stop working on it, and it cannot be sent to them again. You can start a new submission at any time.</p>
      <Textarea
        label="Why are you withdrawing it? (optional)"
        id="reason"
        name="reason"
        rows={3}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <div className="nhsuk-button-group">
        <Button type="submit" warning>
          Yes, withdraw it
        </Button>
        <Button type="button" secondary onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** A comment on the timeline, from the author or the communications team. */
export function CommentForm({ view, decide, errors, onError, onDone }: { view: SubmissionView; decide: Decide } & PageFormHandlers) {
  const trpc = useTRPC();
  const comment = useMutation(trpc.submissions.comment.mutationOptions());
  const invalidate = useInvalidateSubmission();
  const [body, setBody] = useState("");
  if (!decide("comment").ok) return null;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (comment.isPending) return;
    comment.mutate(
      { id: view.id, body },
      {
        onSuccess: () => {
          invalidate();
          setBody("");
          onDone("Your comment has been added.");
        },
        onError: (failure) => {
          // The API names the comment `body`; on this page its field is `comment`.
          const problem = apiProblem(failure);
          const fields: Record<string, string> = problem.fields.body ? { comment: problem.fields.body } : {};
          onError(formErrorsFromProblem({ ...problem, fields }, ["comment"], "comment"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Textarea
        label="Add a comment"
        labelProps={{ size: "s" }}
        id="comment"
        name="comment"
        hint="Everyone working on this submission can read it: the author and the communications team."
        rows={3}
        value={body}
        error={errors?.fields.comment}
        onChange={(event) => {
          setBody(event.target.value);
        }}
      />
      <Button type="submit" secondary>
        Add comment
      </Button>
    </form>
  );
}

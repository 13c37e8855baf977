import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "nhsuk-react-components";
import type { SubmitEvent } from "react";
import { useCurrentUser } from "../auth/session-context.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import type { Decide } from "../submissions/actor.ts";
import type { SubmissionView } from "../submissions/types.ts";
import { useTRPC } from "../trpc.ts";
import { reviewFormErrors } from "./review-errors.ts";

/** Who is reviewing this, and "Claim" for a reviewer who is not (yet). */
export function ClaimForm({ view, decide, onError, onDone }: { view: SubmissionView; decide: Decide } & PageFormHandlers) {
  const user = useCurrentUser();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const claim = useMutation(trpc.review.claim.mutationOptions());
  if (!decide("claim").ok) return null;
  const mine = view.claimedBy?.id === user.id;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (claim.isPending) return;
    claim.mutate(
      { id: view.id },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.submissions.pathFilter());
          void queryClient.invalidateQueries(trpc.review.pathFilter());
          onDone("You have claimed this submission. Others can see you are reviewing it.");
        },
        onError: (error) => {
          onError(reviewFormErrors(error, {}));
        },
      },
    );
  };

  if (mine) return <p>You have claimed this submission.</p>;
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>
        {view.claimedBy
          ? `${view.claimedBy.name} has claimed this submission. Claiming it makes you its reviewer instead.`
          : "Nobody has claimed this submission yet. Claim it so the team knows you are reviewing it."}
      </p>
      <Button type="submit" secondary>
        Claim
      </Button>
    </form>
  );
}

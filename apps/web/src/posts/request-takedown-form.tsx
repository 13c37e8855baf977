import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { postFormErrors } from "./post-errors.ts";
import type { PostDetail } from "./types.ts";

const FIELD_IDS = { reason: "request-reason" };

/**
 * Anyone may ask for a published post to come down, such as a colleague who appears in it
 * (NWL §6.11, CDDFT §4.4.2); the account's communications team decides and acts.
 */
export function RequestTakedownForm({ post, errors, onError, onDone }: { post: PostDetail } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const request = useMutation(trpc.takedowns.request.mutationOptions());
  const [reason, setReason] = useState("");

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    request.mutate(
      { postId: post.id, reason },
      {
        onSuccess: () => {
          setReason("");
          void queryClient.invalidateQueries(trpc.takedowns.pathFilter());
          onDone("Your request is sent. The communications team for this account will decide and take the post down if it should go.");
        },
        onError: (error) => {
          onError(postFormErrors(error, FIELD_IDS, "request-reason"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Textarea
        label="Why should it come down?"
        id="request-reason"
        name="reason"
        hint="For example, you appear in it and did not agree to it. The communications team sees your name and reason."
        rows={3}
        value={reason}
        error={errors?.fields["request-reason"]}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <Button type="submit" secondary disabled={request.isPending}>
        Ask for it to be taken down
      </Button>
    </form>
  );
}

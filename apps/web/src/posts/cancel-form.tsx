import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea } from "nhsuk-react-components";
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { postFormErrors } from "./post-errors.ts";
import type { PostDetail } from "./types.ts";

const FIELD_IDS = { reason: "cancel-reason" };

/** "Cancel post", then a confirmation with an optional reason: cancelling cannot be undone. */
export function CancelForm({ post, errors, onError, onDone }: { post: PostDetail } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cancel = useMutation(trpc.posts.cancel.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) headingRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <Button
        type="button"
        secondary
        onClick={() => {
          setConfirming(true);
        }}
      >
        Cancel post
      </Button>
    );
  }

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (cancel.isPending) return;
    cancel.mutate(
      { id: post.id, reason: reason.trim() === "" ? undefined : reason.trim() },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.posts.pathFilter());
          onDone("The post is cancelled. It will not be published.");
        },
        onError: (error) => {
          onError(postFormErrors(error, FIELD_IDS, "cancel-reason"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="app-confirm">
      <h3 ref={headingRef} tabIndex={-1}>
        Are you sure you want to cancel this post?
      </h3>
      <p>It will not be published. The post and its history stay in Gatehouse.</p>
      <Textarea
        label="Reason for cancelling (optional)"
        id="cancel-reason"
        name="reason"
        rows={3}
        value={reason}
        error={errors?.fields["cancel-reason"]}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <div className="app-button-group">
        <Button type="submit" warning>
          Yes, cancel the post
        </Button>
        <Button
          type="button"
          secondary
          onClick={() => {
            setConfirming(false);
          }}
        >
          No, keep the post
        </Button>
      </div>
    </form>
  );
}

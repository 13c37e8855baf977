import { PLATFORM_LABELS } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { postFormErrors } from "./post-errors.ts";
import type { PostDetail } from "./types.ts";

const FIELD_IDS = { reason: "takedown-reason" };

/** Deletes a published post from the platform; the reason is required and kept with the record. */
export function TakedownForm({ post, errors, onError, onDone }: { post: PostDetail } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const takedown = useMutation(trpc.posts.takedown.mutationOptions());
  const [reason, setReason] = useState("");
  const platform = PLATFORM_LABELS[post.account.platform];

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (takedown.isPending) return;
    takedown.mutate(
      { id: post.id, reason },
      {
        onSuccess: () => {
          setReason("");
          void queryClient.invalidateQueries(trpc.posts.pathFilter());
          onDone(`The post has been taken down from ${platform}. Its record and your reason stay in Gatehouse.`);
        },
        onError: (error) => {
          onError(postFormErrors(error, FIELD_IDS, "takedown-reason"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Textarea
        label="Reason for taking it down"
        id="takedown-reason"
        name="reason"
        hint="For example, a mistake in the post or consent withdrawn. The reason is recorded in the audit log."
        rows={4}
        value={reason}
        error={errors?.fields["takedown-reason"]}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <Button type="submit" warning>
        Take the post down
      </Button>
    </form>
  );
}

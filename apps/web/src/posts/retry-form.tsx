import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "nhsuk-react-components";
import type { SubmitEvent } from "react";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { postFormErrors } from "./post-errors.ts";
import type { PostDetail } from "./types.ts";

/** Puts a failed or blocked post back in the queue once its cause is fixed. */
export function RetryForm({ post, onError, onDone }: { post: PostDetail } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retry = useMutation(trpc.posts.retry.mutationOptions());

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (retry.isPending) return;
    retry.mutate(
      { id: post.id },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.posts.pathFilter());
          onDone("The post is back in the queue. The publisher will try again shortly.");
        },
        onError: (error) => {
          onError(postFormErrors(error, {}));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Button type="submit">Retry</Button>
    </form>
  );
}

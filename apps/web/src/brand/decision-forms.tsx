import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import type { AssetView } from "../assets/types.ts";
import { reviewFormErrors } from "../review/review-errors.ts";
import { useTRPC } from "../trpc.ts";

const REASON = "brand-reason";

/** After a decision the picture, the library and the brand queue are all read afresh. */
function useDecision() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries(trpc.assets.pathFilter());
    void queryClient.invalidateQueries(trpc.brand.queue.queryFilter());
  };
  const approve = useMutation(trpc.brand.approveAsset.mutationOptions({ onSuccess: refresh }));
  const reject = useMutation(trpc.brand.rejectAsset.mutationOptions({ onSuccess: refresh }));
  return { approve, reject };
}

/**
 * Approve, or reject saying what to change. Approval is offered only when no brand check must
 * be fixed (the API decides again, and names any it finds); a rejection needs its reason,
 * which the uploader reads on this page and in their notifications.
 */
export function DecisionForms({ asset, blocked, handlers }: { asset: AssetView; blocked: boolean; handlers: PageFormHandlers }) {
  const { approve, reject } = useDecision();
  const [reason, setReason] = useState("");
  const busy = approve.isPending || reject.isPending;

  const onApprove = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    approve.mutate(
      { id: asset.id },
      {
        onSuccess: () => handlers.onDone("The picture is approved for the brand. It can now be scheduled."),
        onError: (error) => handlers.onError(reviewFormErrors(error, {})),
      },
    );
  };

  const onReject = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    reject.mutate(
      { id: asset.id, reason },
      {
        onSuccess: () => {
          setReason("");
          handlers.onDone("The picture is rejected. The uploader has been told what to change.");
        },
        onError: (error) => handlers.onError(reviewFormErrors(error, { reason: REASON }, REASON)),
      },
    );
  };

  return (
    <>
      {asset.brandState !== "approved" &&
        (blocked ? (
          <p>It cannot be approved until every check marked Must fix is put right. Reject it to tell the uploader what to change.</p>
        ) : (
          <form onSubmit={onApprove} noValidate>
            <Button type="submit" disabled={busy}>
              Approve for the brand
            </Button>
          </form>
        ))}
      {asset.brandState !== "rejected" && (
        <form onSubmit={onReject} noValidate>
          <Textarea
            label="What must the uploader change?"
            labelProps={{ size: "s" }}
            id={REASON}
            name="reason"
            hint="Required to reject the picture. The uploader reads this on the picture's page and in their notifications."
            rows={3}
            value={reason}
            error={handlers.errors?.fields[REASON]}
            onChange={(event) => {
              setReason(event.target.value);
            }}
          />
          <Button type="submit" secondary disabled={busy}>
            Reject and ask for changes
          </Button>
        </form>
      )}
    </>
  );
}

import { can } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea, WarningCallout } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import { formatDate } from "../components/format.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import type { AssetView } from "./types.ts";

/**
 * The picture looks like a copy of one whose consent was withdrawn, so it may show the same
 * person. Information governance can say it is a different picture, with a reason.
 */
export function NearCopySection({ asset, handlers }: { asset: AssetView; handlers: PageFormHandlers }) {
  const user = useCurrentUser();
  if (asset.nearCopyFlags.length === 0) return null;
  return (
    <section aria-labelledby="near-copy-heading">
      <WarningCallout>
        <WarningCallout.Heading id="near-copy-heading">It may be a copy of a withdrawn picture</WarningCallout.Heading>
        <ul>
          {asset.nearCopyFlags.map((flag) => (
            <li key={flag.id}>
              It looks like <Link to={`/assets/${flag.sourceAssetId}`}>another picture</Link> whose consent was withdrawn (flagged on{" "}
              {formatDate(flag.createdAt)}).
            </li>
          ))}
        </ul>
        <p>It cannot be used until the information governance team confirms it is a different picture.</p>
      </WarningCallout>
      {can(user.roles, "consent.manage") && <ClearForm asset={asset} handlers={handlers} />}
    </section>
  );
}

function ClearForm({ asset, handlers }: { asset: AssetView; handlers: PageFormHandlers }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const clear = useMutation(trpc.assets.clearNearCopyFlag.mutationOptions());
  const [reason, setReason] = useState("");

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (clear.isPending) return;
    clear.mutate(
      { id: asset.id, reason },
      {
        onSuccess: () => {
          setReason("");
          void queryClient.invalidateQueries(trpc.assets.pathFilter());
          handlers.onDone("Recorded: this is a different picture. It can be used again if everything else allows.");
        },
        onError: (error) => {
          const problem = apiProblem(error);
          const fields: Record<string, string> = problem.fields.reason ? { "near-copy-reason": problem.fields.reason } : {};
          handlers.onError(formErrorsFromProblem({ ...problem, fields }, ["near-copy-reason"], "near-copy-reason"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Textarea
        label="Why is this a different picture?"
        id="near-copy-reason"
        name="reason"
        hint="For example, taken on another day, and the person whose consent was withdrawn is not in it. The reason goes in the audit log."
        rows={3}
        value={reason}
        error={handlers.errors?.fields["near-copy-reason"]}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <Button type="submit" secondary disabled={clear.isPending}>
        This is a different picture
      </Button>
    </form>
  );
}

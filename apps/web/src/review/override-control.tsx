import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea } from "nhsuk-react-components";
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import type { SubmissionFinding, SubmissionView } from "../submissions/types.ts";
import { useTRPC } from "../trpc.ts";
import { fieldError, reviewFormErrors } from "./review-errors.ts";

/**
 * "Override…" on one finding: a reviewer decides it does not apply and says why (the reason is
 * audited). The API keeps an override per platform, so a finding shared by several platforms is
 * overridden for each of them.
 */
export function OverrideControl({
  view,
  finding,
  fieldId,
  errors,
  onError,
  onDone,
}: { view: SubmissionView; finding: SubmissionFinding; fieldId: string } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: override } = useMutation(trpc.review.overrideFinding.mutationOptions());
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (open) fieldRef.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <Button
        type="button"
        secondary
        small
        onClick={() => {
          setOpen(true);
        }}
      >
        Override…
      </Button>
    );
  }

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    if (reason.trim() === "") {
      onError(fieldError(fieldId, "Write why this finding does not apply: the reason goes in the audit log."));
      return;
    }
    setPending(true);
    void (async () => {
      try {
        for (const platform of finding.platforms) {
          await override({ id: view.id, platform, rule: finding.rule, start: finding.start, end: finding.end, reason });
        }
        onDone("The finding has been overridden. Your reason is recorded.");
      } catch (error) {
        onError(reviewFormErrors(error, { reason: fieldId }, fieldId));
      } finally {
        setPending(false);
        void queryClient.invalidateQueries(trpc.submissions.pathFilter());
        void queryClient.invalidateQueries(trpc.review.pathFilter());
      }
    })();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="nhsuk-u-margin-top-3">
      <Textarea
        ref={fieldRef}
        label="Why does this not apply?"
        labelProps={{ size: "s" }}
        id={fieldId}
        name="reason"
        hint={`For example, the number is the organisation's own switchboard. The reason is kept in the audit log (policy: ${finding.clause.join(", ")}).`}
        rows={3}
        value={reason}
        error={errors?.fields[fieldId]}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <div className="nhsuk-button-group">
        <Button type="submit" warning small disabled={pending}>
          Override finding
        </Button>
        <Button
          type="button"
          secondary
          small
          onClick={() => {
            setOpen(false);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}

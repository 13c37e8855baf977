import { useQueryClient } from "@tanstack/react-query";
import { Button } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { EVIDENCE_ACCEPT, evidenceProblem, uploadEvidence } from "./evidence-file.ts";

const FIELD = "evidence-upload";

/** Uploads (or replaces) the scan of the signed consent form. */
export function EvidenceForm({ consentId, hasFile, onUploaded, errors, onError, onDone }: { consentId: string; hasFile: boolean; onUploaded: () => void } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const error = errors?.fields[FIELD];

  const fail = (message: string) => onError(formErrorsFromProblem({ code: "BAD_REQUEST", message, fields: { [FIELD]: message } }, [FIELD]));

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    if (!file) return fail("Choose the scan or photo of the signed form.");
    const problem = evidenceProblem(file);
    if (problem) return fail(problem);
    setSending(true);
    void uploadEvidence(consentId, file)
      .then((sent) => {
        if (!sent.ok) return fail(sent.message);
        void queryClient.invalidateQueries(trpc.consent.pathFilter());
        onUploaded();
        onDone("The signed form is uploaded.");
      })
      .finally(() => {
        setSending(false);
      });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor={FIELD}>
          {hasFile ? "Replace the signed form" : "Upload the signed form"}
        </label>
        <div className="nhsuk-hint" id={`${FIELD}-hint`}>
          A scan or photo of it: a PDF, JPEG or PNG file.
        </div>
        {error && (
          <span className="nhsuk-error-message" id={`${FIELD}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <input
          className="app-file-input"
          type="file"
          id={FIELD}
          name="file"
          accept={EVIDENCE_ACCEPT}
          aria-describedby={`${FIELD}-hint${error ? ` ${FIELD}-error` : ""}`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
          }}
        />
      </div>
      <Button type="submit" secondary disabled={sending}>
        {sending ? "Uploading…" : "Upload"}
      </Button>
    </form>
  );
}

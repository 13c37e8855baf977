import { useMutation, useQueryClient } from "@tanstack/react-query";
import { BackLink, Button } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { apiProblem } from "../components/api-error.ts";
import { FormErrorSummary } from "../components/form-error-summary.tsx";
import { formErrorsFromProblem, type FormErrors } from "../components/form-errors.ts";
import { noticeState } from "../components/notice.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { useTRPC } from "../trpc.ts";
import { CONSENT_FIELDS, draftProblems, emptyDraft, inputFrom, onThisForm, type ConsentDraft } from "./consent-draft.ts";
import { ConsentFields } from "./consent-fields.tsx";
import { ConsentPictures } from "./consent-pictures.tsx";
import { evidenceProblem, uploadEvidence } from "./evidence-file.ts";
import { evidenceProblemState } from "./evidence-state.ts";
import "../submissions/submissions.css";
import "./consent.css";

/** `/consents/new`: one person's consent, the pictures it covers, and the signed form. */
export function NewConsentPage() {
  const [params] = useSearchParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { mutateAsync: create } = useMutation(trpc.consent.create.mutationOptions());
  const [draft, setDraft] = useState<ConsentDraft>(() => emptyDraft(params.get("assetId")));
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);
  usePageTitle("Record consent", errors !== null);

  const set = <K extends keyof ConsentDraft>(field: K, value: ConsentDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
  };

  const save = async () => {
    const problems = draftProblems(draft);
    const fileProblem = file ? evidenceProblem(file) : null;
    if (fileProblem) problems.evidenceFile = fileProblem;
    if (Object.keys(problems).length > 0) {
      setErrors(formErrorsFromProblem({ code: "BAD_REQUEST", message: "Check the form.", fields: problems }, CONSENT_FIELDS));
      return;
    }
    let id: string;
    try {
      ({ id } = await create(inputFrom(draft)));
    } catch (error) {
      setErrors(formErrorsFromProblem(onThisForm(apiProblem(error)), CONSENT_FIELDS, "subjectName"));
      return;
    }
    void queryClient.invalidateQueries(trpc.consent.pathFilter());
    void queryClient.invalidateQueries(trpc.assets.pathFilter());
    if (file) {
      const sent = await uploadEvidence(id, file);
      if (!sent.ok) {
        // The record is safe; only the file needs another go, from the consent's own page.
        void navigate(`/consents/${id}`, { state: evidenceProblemState(sent.message) });
        return;
      }
    }
    void navigate(`/consents/${id}`, { state: noticeState(file ? "Consent recorded, with the signed form." : "Consent recorded.") });
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    void save().finally(() => {
      setSaving(false);
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to="/consents">
          Back to the consent register
        </BackLink>
        <FormErrorSummary errors={errors} />
        <h1>Record consent</h1>
        <p>
          One record for each person who can be recognised. Record it only once the person (or, for a child, their parent or guardian) has
          signed the consent form (CO23 §3.5.2, ICBP038 §3.6).
        </p>
        <form onSubmit={onSubmit} noValidate>
          <ConsentFields draft={draft} set={set} errors={errors} onFile={setFile} />
          <ConsentPictures value={draft.pictures} onChange={(pictures) => set("pictures", pictures)} error={errors?.fields.pictures} />
          <Button type="submit" disabled={saving}>
            Record consent
          </Button>
        </form>
      </div>
    </div>
  );
}

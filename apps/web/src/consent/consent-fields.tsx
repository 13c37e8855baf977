import { CONSENT_SUBJECT_KIND_LABELS, CONSENT_SUBJECT_KINDS, type Platform } from "@gatehouse/policy";
import { Fieldset, Radios, TextInput, Textarea } from "nhsuk-react-components";
import type { FormErrors } from "../components/form-errors.ts";
import { PlatformCheckboxes } from "../screening/platform-checkboxes.tsx";
import type { ConsentDraft } from "./consent-draft.ts";
import { EVIDENCE_ACCEPT } from "./evidence-file.ts";

type Set = <K extends keyof ConsentDraft>(field: K, value: ConsentDraft[K]) => void;

/** The person, what they agreed to and were told, when, and where the signed form is. */
export function ConsentFields({
  draft,
  set,
  errors,
  onFile,
}: {
  draft: ConsentDraft;
  set: Set;
  errors: FormErrors | null;
  onFile: (file: File | null) => void;
}) {
  const error = (field: string) => errors?.fields[field];
  const text = (field: "purposes" | "toldWho" | "toldPurpose" | "toldAccess", label: string, hint: string) => (
    <Textarea
      label={label}
      id={field}
      name={field}
      hint={hint}
      rows={3}
      value={draft[field]}
      error={error(field)}
      onChange={(event) => {
        set(field, event.target.value);
      }}
    />
  );

  return (
    <>
      <Fieldset>
        <Fieldset.Legend size="m" headingLevel="h2">
          The person
        </Fieldset.Legend>
        <TextInput
          label="Full name"
          id="subjectName"
          name="subjectName"
          autoComplete="off"
          spellCheck={false}
          value={draft.subjectName}
          error={error("subjectName")}
          onChange={(event) => {
            set("subjectName", event.target.value);
          }}
        />
        <Radios name="subjectKind" legend="Who are they?" legendProps={{ size: "s" }} error={error("subjectKind")}>
          {CONSENT_SUBJECT_KINDS.map((kind, index) => (
            <Radios.Item
              key={kind}
              id={index === 0 ? "subjectKind" : `subjectKind-${kind}`}
              value={kind}
              checked={draft.subjectKind === kind}
              onChange={() => {
                set("subjectKind", kind);
              }}
            >
              {CONSENT_SUBJECT_KIND_LABELS[kind]}
            </Radios.Item>
          ))}
        </Radios>
        {draft.subjectKind === "child" && (
          <TextInput
            label="Name of the parent or guardian who gave consent"
            id="guardianName"
            name="guardianName"
            autoComplete="off"
            value={draft.guardianName}
            error={error("guardianName")}
            onChange={(event) => {
              set("guardianName", event.target.value);
            }}
          />
        )}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend size="m" headingLevel="h2">
          What they agreed to
        </Fieldset.Legend>
        <PlatformCheckboxes
          name="platforms"
          value={draft.platforms}
          hint="Only the platforms the person agreed to. A picture of them cannot go anywhere else."
          error={error("platforms")}
          onChange={(platforms: Platform[]) => {
            set("platforms", platforms);
          }}
        />
        {text("purposes", "Purposes (optional)", "What the pictures may be used for, for example the winter vaccination campaign.")}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend size="m" headingLevel="h2">
          What they were told
        </Fieldset.Legend>
        {text("toldWho", "Who is taking the pictures (optional)", "The person or team, and the organisation.")}
        {text("toldPurpose", "Why they are being taken (optional)", "What the person was told the pictures are for.")}
        {text("toldAccess", "How they can see or withdraw their consent (optional)", "For example, by emailing the communications team at any time.")}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend size="m" headingLevel="h2">
          When
        </Fieldset.Legend>
        <TextInput
          type="date"
          className="app-date-input"
          label="Date consent was given"
          id="givenOn"
          name="givenOn"
          hint="UK time. Leave it as today if it was given today."
          value={draft.givenOn}
          error={error("givenOn")}
          onChange={(event) => {
            set("givenOn", event.target.value);
          }}
        />
        <TextInput
          type="date"
          className="app-date-input"
          label="Date consent ends (optional)"
          id="endsOn"
          name="endsOn"
          hint="Consent ends at the start of this day, UK time. Leave it empty if the person did not give an end date."
          value={draft.endsOn}
          error={error("endsOn")}
          onChange={(event) => {
            set("endsOn", event.target.value);
          }}
        />
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend size="m" headingLevel="h2">
          The signed form
        </Fieldset.Legend>
        <Textarea
          label="Where the signed consent form is kept"
          id="evidence"
          name="evidence"
          hint="For example, the ward's consent folder, or the document management system with its reference."
          rows={2}
          value={draft.evidence}
          error={error("evidence")}
          onChange={(event) => {
            set("evidence", event.target.value);
          }}
        />
        <div className={`nhsuk-form-group${error("evidenceFile") ? " nhsuk-form-group--error" : ""}`}>
          <label className="nhsuk-label" htmlFor="evidenceFile">
            A scan or photo of the signed form (optional)
          </label>
          <div className="nhsuk-hint" id="evidenceFile-hint">
            A PDF, JPEG or PNG file. It is kept privately with this record.
          </div>
          {error("evidenceFile") && (
            <span className="nhsuk-error-message" id="evidenceFile-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error("evidenceFile")}
            </span>
          )}
          <input
            className="app-file-input"
            type="file"
            id="evidenceFile"
            name="evidenceFile"
            accept={EVIDENCE_ACCEPT}
            aria-describedby={`evidenceFile-hint${error("evidenceFile") ? " evidenceFile-error" : ""}`}
            onChange={(event) => {
              onFile(event.target.files?.[0] ?? null);
            }}
          />
        </div>
        <TextInput
          label="Who obtained consent (optional)"
          id="obtainedBy"
          name="obtainedBy"
          hint="Leave it empty if it was you."
          autoComplete="off"
          value={draft.obtainedBy}
          error={error("obtainedBy")}
          onChange={(event) => {
            set("obtainedBy", event.target.value);
          }}
        />
      </Fieldset>
    </>
  );
}

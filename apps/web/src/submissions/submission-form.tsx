import { PLATFORMS, type ScreeningSettings } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Checkboxes, Fieldset, TextInput, Textarea } from "nhsuk-react-components";
import { useState, type ReactNode, type SubmitEvent } from "react";
import { useNavigate } from "react-router";
import type { AccountSummary } from "../api-types.ts";
import { apiProblem, SERVICE_PROBLEM } from "../components/api-error.ts";
import { FormErrorSummary } from "../components/form-error-summary.tsx";
import type { FormErrors } from "../components/form-errors.ts";
import { noticeState } from "../components/notice.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { ScreenedTextarea } from "../screening/screened-textarea.tsx";
import { useTRPC } from "../trpc.ts";
import {
  findingSummaryItem,
  formFieldsOf,
  missingFields,
  submissionFormErrors,
  type DraftValues,
  type FormField,
} from "./draft.ts";
import { gateFindingsOf } from "./gate-findings.ts";
import { accountLabel, BRIEF_QUESTIONS, type BriefField } from "./labels.tsx";
import { PictureSection } from "./picture-section.tsx";
import type { SubmissionFinding } from "./types.ts";
import { useAutosave, type SaveStatus } from "./use-autosave.ts";
import "./submissions.css";

const CLOCK = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** Warnings a person must say they have read before sending: severity "warn", not overridden. */
function warningsOf(findings: readonly SubmissionFinding[]): SubmissionFinding[] {
  return findings.filter((f) => f.severity === "warn" && f.overriddenBecause === null);
}

/** The warnings as one value: ticking the box acknowledges exactly these, and new ones need a new tick. */
function warningsKeyOf(findings: readonly SubmissionFinding[]): string {
  return findings.map((f) => `${f.rule}:${f.start}:${f.end}`).join("|");
}

export interface SubmissionFormProps {
  heading: string;
  /** shown under the heading, e.g. the reviewer's change request */
  intro?: ReactNode;
  initialId: string | null;
  initialValues: DraftValues;
  initialFindings: SubmissionFinding[];
  accounts: readonly AccountSummary[];
  settings: ScreeningSettings;
  onCreated: (id: string) => void;
}

/**
 * The one page a department fills in to bring content to the communications team: a title,
 * the brief (ICBP038 §3.2.5), the accounts and the post text, screened as they type. It saves
 * itself as a draft as they go and is sent with "Send to the communications team".
 */
export function SubmissionForm({ heading, intro, initialId, initialValues, initialFindings, accounts, settings, onCreated }: SubmissionFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState(initialValues);
  const autosave = useAutosave({ initialId, initialValues, initialFindings, values, onCreated });
  const { mutateAsync: submit } = useMutation(trpc.submissions.submit.mutationOptions());
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [sending, setSending] = useState(false);
  const [ackedWarnings, setAckedWarnings] = useState<string | null>(null);
  usePageTitle(heading, errors !== null);

  const set = <K extends keyof DraftValues>(field: K) => (value: DraftValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const errorFor = (field: FormField) => errors?.fields[field] ?? autosave.fieldErrors[field];

  const chosen = new Set(values.targetAccountIds);
  // Active accounts can be chosen; one already chosen stays listed (and checked) whatever its status.
  const offered = accounts.filter((a) => a.status === "active" || chosen.has(a.id));
  const platforms = PLATFORMS.filter((p) => offered.some((a) => a.platform === p && chosen.has(a.id)));
  const warnings = warningsOf(autosave.findings);
  const warningsKey = warningsKeyOf(warnings);

  const send = async () => {
    const saved = await autosave.save();
    if (!saved.ok) {
      setErrors(submissionFormErrors({ ...saved.problem, fields: formFieldsOf(saved.problem.fields, values.links) }));
      return;
    }
    const missing = missingFields(values);
    if (Object.keys(missing).length > 0) {
      setErrors(submissionFormErrors({ code: "BAD_REQUEST", message: "Some of the brief is missing.", fields: formFieldsOf(missing, values.links) }));
      return;
    }
    // Blocking findings first: the API refuses with them, and they must be fixed before warnings matter.
    const blocking = saved.findings.some((f) => f.severity === "block" && f.overriddenBecause === null);
    const pending = warningsOf(saved.findings);
    if (!blocking && pending.length > 0 && ackedWarnings !== warningsKeyOf(pending)) {
      setErrors(
        submissionFormErrors({
          code: "BAD_REQUEST",
          message: "Confirm you have checked the warnings.",
          fields: { warningsChecked: "Read the warnings from the policy check, then confirm you have checked them." },
        }),
      );
      return;
    }
    const id = autosave.draftId();
    if (!id) return;
    try {
      await submit({ id });
    } catch (error) {
      const problem = apiProblem(error);
      const findings = gateFindingsOf(error);
      if (findings.length > 0) {
        setErrors(submissionFormErrors({ ...problem, fields: { text: problem.message } }, findings.map((f) => findingSummaryItem(f, "text"))));
      } else {
        setErrors(submissionFormErrors({ ...problem, fields: formFieldsOf(problem.fields, values.links) }));
      }
      return;
    }
    void queryClient.invalidateQueries(trpc.submissions.pathFilter());
    void queryClient.invalidateQueries(trpc.review.pathFilter());
    void navigate(`/submissions/${id}`, {
      state: noticeState("Your submission has been sent to the communications team. They will review it and tell you what they decide."),
    });
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    void send().finally(() => {
      setSending(false);
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1>{heading}</h1>
        {intro}
        <p>
          Tell the communications team what you want to publish and why. They need the whole brief before they consider it (ICBP038 §3.2.5). Your
          draft is saved as you type, so you can come back to it from <q>My submissions</q>.
        </p>
        <form
          onSubmit={onSubmit}
          noValidate
          onBlur={() => {
            void autosave.save();
          }}
        >
          <TextInput
            label="Title"
            labelProps={{ size: "m" }}
            id="title"
            name="title"
            hint="A short name for this content, for example Winter flu vaccination campaign"
            autoComplete="off"
            value={values.title}
            error={errorFor("title")}
            onChange={(event) => {
              set("title")(event.target.value);
            }}
          />
          <Fieldset>
            <Fieldset.Legend size="m" headingLevel="h2">
              The brief
            </Fieldset.Legend>
            {BRIEF_QUESTIONS.map((question) => (
              <Textarea
                key={question.field}
                label={question.label}
                id={question.field}
                name={question.field}
                hint={question.hint}
                rows={3}
                value={values[question.field satisfies BriefField]}
                error={errorFor(question.field)}
                onChange={(event) => {
                  set(question.field)(event.target.value);
                }}
              />
            ))}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend size="m" headingLevel="h2">
              The post
            </Fieldset.Legend>
            <AccountCheckboxes accounts={offered} value={values.targetAccountIds} onChange={set("targetAccountIds")} error={errorFor("targetAccountIds")} />
            <ScreenedTextarea
              id="text"
              label="Post text"
              hint="The words of the post. They are checked against the social media policy as you type, for the platform of each account you chose."
              error={errorFor("text")}
              value={values.text}
              onChange={set("text")}
              platforms={platforms}
              settings={settings}
              headingLevel={3}
            />
          </Fieldset>
          <PictureSection
            value={values.assetIds}
            onChange={set("assetIds")}
            findings={autosave.findings}
            draftId={autosave.draftId()}
            error={errorFor("assetIds")}
          />
          <Fieldset>
            <Fieldset.Legend size="m" headingLevel="h2">
              When and where it points
            </Fieldset.Legend>
            <TextInput
              type="date"
              className="app-date-input"
              label="Earliest publishing date (optional)"
              id="earliest"
              name="earliest"
              hint="The first day it could go out (UK time)."
              value={values.earliest}
              error={errorFor("earliest")}
              onChange={(event) => {
                set("earliest")(event.target.value);
              }}
            />
            <TextInput
              type="date"
              className="app-date-input"
              label="Latest publishing date (optional)"
              id="latest"
              name="latest"
              hint="The last day it is still useful, for example the day before an event (UK time)."
              value={values.latest}
              error={errorFor("latest")}
              onChange={(event) => {
                set("latest")(event.target.value);
              }}
            />
            <Textarea
              label="Links (optional)"
              id="links"
              name="links"
              hint="Web pages the post should point to, one per line, each starting https://"
              rows={3}
              spellCheck={false}
              autoComplete="off"
              value={values.links}
              error={errorFor("links")}
              onChange={(event) => {
                set("links")(event.target.value);
              }}
            />
          </Fieldset>
          {warnings.length > 0 && (
            <Checkboxes
              name="warningsChecked"
              hint={`The policy check found ${warnings.length === 1 ? "1 thing" : `${warnings.length} things`} to check, marked “Check” above. Read ${warnings.length === 1 ? "it" : "them"} and change the text if you need to.`}
              error={errorFor("warningsChecked")}
            >
              <Checkboxes.Item
                id="warningsChecked"
                value="yes"
                checked={ackedWarnings === warningsKey}
                onChange={(event) => {
                  setAckedWarnings(event.target.checked ? warningsKey : null);
                }}
              >
                I have checked the warnings
              </Checkboxes.Item>
            </Checkboxes>
          )}
          <SaveStatusLine status={autosave.status} />
          <div className="nhsuk-button-group">
            <Button type="submit" disabled={sending}>
              Send to the communications team
            </Button>
            <Button
              type="button"
              secondary
              onClick={() => {
                void autosave.save();
              }}
            >
              Save draft
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}

function AccountCheckboxes({
  accounts,
  value,
  onChange,
  error,
}: {
  accounts: readonly AccountSummary[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  if (accounts.length === 0) {
    return <p>There are no active official accounts to publish to. Ask the communications team.</p>;
  }
  return (
    <Checkboxes
      legend="Official accounts"
      legendProps={{ size: "s" }}
      name="targetAccountIds"
      hint="Where it should be published. The communications team can adjust the text for each one."
      error={error}
    >
      {accounts.map((account, index) => (
        <Checkboxes.Item
          key={account.id}
          // The first box carries the field's id, so the error summary can take people to it.
          id={index === 0 ? "targetAccountIds" : `targetAccountIds-${account.id}`}
          value={account.id}
          checked={value.includes(account.id)}
          onChange={(event) => {
            const checked = event.target.checked;
            onChange(accounts.filter((a) => (a.id === account.id ? checked : value.includes(a.id))).map((a) => a.id));
          }}
        >
          {accountLabel(account)}
          {account.status !== "active" && ` (${account.status})`}
        </Checkboxes.Item>
      ))}
    </Checkboxes>
  );
}

/** "Draft saved at 10:42", "Saving…", or why it could not be saved; a failure is announced. */
function SaveStatusLine({ status }: { status: SaveStatus }) {
  switch (status.kind) {
    case "idle":
      return <p className="nhsuk-body-s app-save-status">Your draft is saved as you type.</p>;
    case "saving":
      return <p className="nhsuk-body-s app-save-status">Saving…</p>;
    case "saved":
      return <p className="nhsuk-body-s app-save-status">Draft saved at {CLOCK.format(status.at)}</p>;
    case "partial":
      return (
        <p className="nhsuk-body-s app-save-status app-save-status--problem" role="alert">
          Draft saved at {CLOCK.format(status.at)}, except the answers marked with a problem: they are still here as you typed them.
        </p>
      );
    case "failed":
      return (
        <p className="nhsuk-body-s app-save-status app-save-status--problem" role="alert">
          Your draft could not be saved{status.message === SERVICE_PROBLEM ? " just now." : `: ${status.message}`} Everything you typed is still
          here. We will try again when you make a change, or select “Save draft”.
        </p>
      );
  }
}

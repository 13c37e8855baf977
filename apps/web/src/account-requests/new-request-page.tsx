import { ACCOUNT_REQUEST_CLAUSES } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { BackLink, Button, Fieldset, TextInput, Textarea } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link, useNavigate } from "react-router";
import { FormErrorSummary } from "../components/form-error-summary.tsx";
import { formErrorsFrom, type FormErrors } from "../components/form-errors.ts";
import { noticeState } from "../components/notice.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { platformInput, PlatformSelect } from "../components/platform-select.tsx";
import { useTRPC } from "../trpc.ts";

const FIELDS = ["platform", "handle", "name", "purpose", "audience", "operators", "measure"] as const;
type Field = (typeof FIELDS)[number];

const CASE_QUESTIONS: readonly { field: Exclude<Field, "platform" | "handle" | "name">; label: string; hint: string }[] = [
  {
    field: "purpose",
    label: "What is the account for?",
    hint: "The service or campaign it supports, and why the organisation's existing accounts cannot do the job (NWL §5).",
  },
  {
    field: "audience",
    label: "Who is it for?",
    hint: "The people you want to reach, for example patients of one service, local parents, or staff (CDDFT §4.3).",
  },
  {
    field: "operators",
    label: "Who will run it day to day?",
    hint: "At least two named people, so the account is covered when someone is away, and how they will answer messages (NWL §5, CDDFT §4.3).",
  },
  {
    field: "measure",
    label: "How will you measure success?",
    hint: "What you will count or check, and when you will review whether the account is still needed (CDDFT §4.3).",
  },
];

export function NewRequestPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(trpc.accountRequests.create.mutationOptions());
  const [values, setValues] = useState<Record<Field, string>>({
    platform: "",
    handle: "",
    name: "",
    purpose: "",
    audience: "",
    operators: "",
    measure: "",
  });
  const [errors, setErrors] = useState<FormErrors | null>(null);
  usePageTitle("Request an account", errors !== null);

  const set = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { ...values, platform: platformInput(values.platform) },
      {
        onSuccess: ({ id }) => {
          void queryClient.invalidateQueries(trpc.accountRequests.list.queryFilter());
          void navigate(`/account-requests/${id}`, {
            state: noticeState("Your request has been sent. The communications team will decide on it."),
          });
        },
        onError: (error) => {
          setErrors(formErrorsFrom(error, FIELDS));
        },
      },
    );
  };

  return (
    <>
      <BackLink asElement={Link} to="/account-requests">
        Back to account requests
      </BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1>Request an account</h1>
          <p>
            A new official account is opened only when the communications team approves a business case for it (
            {ACCOUNT_REQUEST_CLAUSES.join(", ")}). Tell us what the account is for and how it will be run.
          </p>
          <form onSubmit={onSubmit} noValidate>
            <Fieldset>
              <Fieldset.Legend size="m" headingLevel="h2">The account</Fieldset.Legend>
              <PlatformSelect value={values.platform} onChange={set("platform")} error={errors?.fields.platform} />
              <TextInput
                label="Handle"
                id="handle"
                name="handle"
                hint="The name you would like on the platform, for example @NHSTrustMaternity"
                spellCheck={false}
                autoComplete="off"
                value={values.handle}
                error={errors?.fields.handle}
                onChange={(event) => {
                  set("handle")(event.target.value);
                }}
              />
              <TextInput
                label="Display name"
                id="name"
                name="name"
                hint="The name people would see on the account's profile"
                autoComplete="off"
                value={values.name}
                error={errors?.fields.name}
                onChange={(event) => {
                  set("name")(event.target.value);
                }}
              />
            </Fieldset>
            <Fieldset>
              <Fieldset.Legend size="m" headingLevel="h2">The business case</Fieldset.Legend>
              {CASE_QUESTIONS.map((question) => (
                <Textarea
                  key={question.field}
                  label={question.label}
                  id={question.field}
                  name={question.field}
                  hint={question.hint}
                  rows={4}
                  value={values[question.field]}
                  error={errors?.fields[question.field]}
                  onChange={(event) => {
                    set(question.field)(event.target.value);
                  }}
                />
              ))}
            </Fieldset>
            <Button type="submit">Send request</Button>
          </form>
        </div>
      </div>
    </>
  );
}

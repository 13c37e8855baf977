import { isPlatform, PLATFORM_LABELS } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { BackLink, Button, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link, useNavigate } from "react-router";
import { FormErrorSummary } from "../components/form-error-summary.tsx";
import { formErrorsFrom, type FormErrors } from "../components/form-errors.ts";
import { noticeState } from "../components/notice.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { platformInput, PlatformSelect } from "../components/platform-select.tsx";
import { useTRPC } from "../trpc.ts";

const FIELDS = ["platform", "handle", "name"] as const;

/** Registers an official account directly (accounts.register); the route guard checks the capability. */
export function RegisterAccountPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const register = useMutation(trpc.accounts.register.mutationOptions());
  const [platform, setPlatform] = useState("");
  const [handle, setHandle] = useState("");
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<FormErrors | null>(null);
  usePageTitle("Register an account", errors !== null);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    register.mutate(
      { platform: platformInput(platform), handle, name },
      {
        onSuccess: ({ id }) => {
          void queryClient.invalidateQueries(trpc.accounts.list.queryFilter());
          const label = isPlatform(platform) ? `${PLATFORM_LABELS[platform]} account` : "account";
          void navigate(`/accounts/${id}`, { state: noticeState(`The ${label} ${handle.trim()} is registered.`) });
        },
        onError: (error) => {
          setErrors(formErrorsFrom(error, FIELDS));
        },
      },
    );
  };

  return (
    <>
      <BackLink asElement={Link} to="/accounts">
        Back to accounts
      </BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1>Register an account</h1>
          <p>
            Register an official account that the communications team has agreed to run. Departments ask for new accounts
            with <Link to="/account-requests/new">an account request</Link>.
          </p>
          <form onSubmit={onSubmit} noValidate>
            <PlatformSelect value={platform} onChange={setPlatform} error={errors?.fields.platform} />
            <TextInput
              label="Handle"
              id="handle"
              name="handle"
              hint="The account's name on the platform, for example @NHSTrustComms"
              spellCheck={false}
              autoComplete="off"
              value={handle}
              error={errors?.fields.handle}
              onChange={(event) => {
                setHandle(event.target.value);
              }}
            />
            <TextInput
              label="Display name"
              id="name"
              name="name"
              hint="The name people see on the account's profile"
              autoComplete="off"
              value={name}
              error={errors?.fields.name}
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
            <Button type="submit">Register account</Button>
          </form>
        </div>
      </div>
    </>
  );
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { FormErrorSummary } from "../components/form-error-summary.tsx";
import { formErrorsFrom, type FormErrors } from "../components/form-errors.ts";
import { Layout } from "../components/layout.tsx";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { useTRPC } from "../trpc.ts";
import { returnPath } from "./return-path.ts";

const FIELDS = ["email", "password"] as const;

export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useQuery(trpc.auth.me.queryOptions());
  const login = useMutation(trpc.auth.login.mutationOptions());
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FormErrors | null>(null);
  usePageTitle("Sign in", errors !== null);

  const destination = returnPath(location.state);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    login.mutate(
      { email, password },
      {
        onSuccess: ({ user }) => {
          // Nothing cached for whoever used this browser before may show to this person.
          queryClient.removeQueries();
          queryClient.setQueryData(trpc.auth.me.queryKey(), { user });
          void navigate(destination, { replace: true });
        },
        onError: (error) => {
          setPassword("");
          setErrors(formErrorsFrom(error, FIELDS, "email"));
        },
      },
    );
  };

  if (me.data?.user && !login.isPending) return <Navigate to={destination} replace />;

  return (
    <Layout user={null}>
      {me.isPending ? (
        <Loading />
      ) : (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <FormErrorSummary errors={errors} />
            <h1>Sign in</h1>
            <p>Sign in with the email address and password for your Gatehouse account.</p>
            <form onSubmit={onSubmit} noValidate>
              <TextInput
                label="Email address"
                id="email"
                name="email"
                type="email"
                autoComplete="username"
                spellCheck={false}
                value={email}
                error={errors?.fields.email}
                onChange={(event) => {
                  setEmail(event.target.value);
                }}
              />
              <TextInput
                label="Password"
                id="password"
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                error={errors?.fields.password}
                onChange={(event) => {
                  setPassword(event.target.value);
                }}
              />
              <Button type="submit">Sign in</Button>
            </form>
          </div>
        </div>
      )}
    </Layout>
  );
}

import { canHoldPublishGrant } from "@gatehouse/policy";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, InsetText, Select } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { AccountDetail } from "../api-types.ts";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFrom } from "../components/form-errors.ts";
import { Loading } from "../components/loading.tsx";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";

/** Grants publishing rights to a communications officer who does not hold them yet. */
export function GrantForm({ account, errors, onError, onDone }: { account: AccountDetail } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.users.list.queryOptions());
  const grant = useMutation(trpc.accounts.grant.mutationOptions());
  const [userId, setUserId] = useState("");

  if (users.isPending) return <Loading />;
  if (users.isError) return <p>{apiProblem(users.error).message}</p>;

  const granted = new Set(account.grants.map((g) => g.userId));
  const candidates = users.data.filter((user) => canHoldPublishGrant(user.roles) && !granted.has(user.id));
  if (candidates.length === 0) {
    return <InsetText>Every communications officer can already publish to this account.</InsetText>;
  }

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (grant.isPending) return;
    const person = candidates.find((user) => user.id === userId);
    grant.mutate(
      { accountId: account.id, userId },
      {
        onSuccess: () => {
          setUserId("");
          void queryClient.invalidateQueries(trpc.accounts.pathFilter());
          onDone(`${person?.name ?? "They"} can now publish to this account.`);
        },
        onError: (error) => {
          onError(formErrorsFrom(error, ["userId"]));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Select
        label="Communications officer"
        id="userId"
        name="userId"
        hint="Only communications officers can publish to official accounts (NWL §3, §4)."
        value={userId}
        error={errors?.fields.userId}
        onChange={(event) => {
          setUserId(event.target.value);
        }}
      >
        <Select.Option value="">Choose a communications officer</Select.Option>
        {candidates.map((user) => (
          <Select.Option key={user.id} value={user.id}>
            {user.name} ({user.email})
          </Select.Option>
        ))}
      </Select>
      <Button type="submit">Grant publishing rights</Button>
    </form>
  );
}

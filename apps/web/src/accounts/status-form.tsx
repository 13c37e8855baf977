import { ACCOUNT_STATUS_LABELS, ACCOUNT_STATUSES, type AccountStatus } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Select } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { AccountDetail } from "../api-types.ts";
import { formErrorsFrom } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";

function isAccountStatus(value: string): value is AccountStatus {
  return (ACCOUNT_STATUSES as readonly string[]).includes(value);
}

export function StatusForm({ account, errors, onError, onDone }: { account: AccountDetail } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.accounts.update.mutationOptions());
  const [status, setStatus] = useState<AccountStatus>(account.status);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { id: account.id, status },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.accounts.pathFilter());
          onDone(`The account's status is now ${ACCOUNT_STATUS_LABELS[status].toLowerCase()}.`);
        },
        onError: (error) => {
          onError(formErrorsFrom(error, ["status"]));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Select
        label="Status"
        id="status"
        name="status"
        hint="Only an active account can be published to. Pause it to stop posts for a while; archive it when it is closed."
        value={status}
        error={errors?.fields.status}
        onChange={(event) => {
          if (isAccountStatus(event.target.value)) setStatus(event.target.value);
        }}
      >
        {ACCOUNT_STATUSES.map((value) => (
          <Select.Option key={value} value={value}>
            {ACCOUNT_STATUS_LABELS[value]}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit">Save status</Button>
    </form>
  );
}

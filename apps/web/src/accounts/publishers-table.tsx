import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Table } from "nhsuk-react-components";
import type { SubmitEvent } from "react";
import type { AccountDetail } from "../api-types.ts";
import { formErrorsFrom } from "../components/form-errors.ts";
import { formatDate } from "../components/format.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";

type Grant = AccountDetail["grants"][number];

/** The people with publishing rights; a manager gets a "Remove" button on each. */
export function PublishersTable({ account, canManage, ...handlers }: { account: AccountDetail; canManage: boolean } & PageFormHandlers) {
  if (account.grants.length === 0) return <p>No one can publish to this account yet.</p>;
  return (
    <Table caption="People who can publish to this account" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Name</Table.Cell>
          <Table.Cell>Email address</Table.Cell>
          <Table.Cell>Since</Table.Cell>
          {canManage && (
            <Table.Cell>
              <span className="nhsuk-u-visually-hidden">Action</span>
            </Table.Cell>
          )}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {account.grants.map((grant) => (
          <Table.Row key={grant.userId}>
            <Table.Cell>{grant.name}</Table.Cell>
            <Table.Cell>{grant.email}</Table.Cell>
            <Table.Cell>{formatDate(grant.grantedAt)}</Table.Cell>
            {canManage && (
              <Table.Cell>
                <RemoveButton accountId={account.id} grant={grant} {...handlers} />
              </Table.Cell>
            )}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function RemoveButton({ accountId, grant, onError, onDone }: { accountId: string; grant: Grant } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.accounts.revoke.mutationOptions());

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (revoke.isPending) return;
    revoke.mutate(
      { accountId, userId: grant.userId },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.accounts.pathFilter());
          onDone(`${grant.name} can no longer publish to this account.`);
        },
        onError: (error) => {
          onError(formErrorsFrom(error, []));
        },
      },
    );
  };

  return (
    <form className="app-inline-form" onSubmit={onSubmit} noValidate>
      <Button type="submit" secondary small>
        Remove<span className="nhsuk-u-visually-hidden"> publishing rights from {grant.name}</span>
      </Button>
    </form>
  );
}

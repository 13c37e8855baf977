import { useQuery } from "@tanstack/react-query";
import { Select } from "nhsuk-react-components";
import type { AccountSummary } from "../api-types.ts";
import { accountLabel } from "../submissions/labels.tsx";
import { useTRPC } from "../trpc.ts";

/** The accounts that have a brand kit of their own; every other account's posts wear the organisation's. */
export function useAccountsWithOwnKit(): AccountSummary[] {
  const trpc = useTRPC();
  const kit = useQuery(trpc.brand.kit.queryOptions({}));
  const accounts = useQuery(trpc.accounts.list.queryOptions());
  const own = kit.data?.accountsWithOwnKit ?? [];
  return (accounts.data ?? []).filter((a) => own.includes(a.id));
}

/**
 * Which kit to see the picture wearing. Choosing only changes the pictures below, so it takes
 * effect at once; it is offered only when some account has a kit of its own.
 */
export function KitChooser({ accounts, value, onChange }: { accounts: readonly AccountSummary[]; value: string; onChange: (accountId: string) => void }) {
  if (accounts.length === 0) return null;
  return (
    <Select
      label="Show it as it goes out on"
      labelProps={{ size: "s" }}
      id="brand-kit-account"
      name="account"
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
    >
      <Select.Option value="">Accounts that use the organisation's kit</Select.Option>
      {accounts.map((account) => (
        <Select.Option key={account.id} value={account.id}>
          {accountLabel(account)} (its own kit)
        </Select.Option>
      ))}
    </Select>
  );
}

import { Button, Select } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { AccountSummary } from "../api-types.ts";
import { accountLabel } from "../submissions/labels.tsx";

/** Which kit the page shows: the organisation's, or one account's own (which starts as the organisation's). */
export function ScopeForm({
  accountId,
  accounts,
  withOwnKit,
  onChoose,
}: {
  accountId: string | null;
  accounts: readonly AccountSummary[];
  withOwnKit: readonly string[];
  onChoose: (accountId: string | null) => void;
}) {
  const [chosen, setChosen] = useState(accountId ?? "");
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChoose(chosen || null);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="app-filters" aria-label="Choose a kit">
      <Select
        label="Whose kit"
        id="scope"
        name="account"
        hint="An account can have a kit of its own. Until one is saved for it, it uses the organisation's."
        value={chosen}
        onChange={(event) => {
          setChosen(event.target.value);
        }}
      >
        <Select.Option value="">The organisation's kit</Select.Option>
        {accounts.map((account) => (
          <Select.Option key={account.id} value={account.id}>
            {accountLabel(account)}
            {withOwnKit.includes(account.id) ? " (its own kit)" : ""}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" secondary>
        Show this kit
      </Button>
    </form>
  );
}

import { useQuery } from "@tanstack/react-query";
import { Button, Select, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link } from "react-router";
import { useTRPC } from "../trpc.ts";
import { ENTITY_TYPES, type AuditFilters } from "./audit-filters.ts";

/** The filters: dates in UK time, a person, an action prefix, a kind of record and its id. */
export function AuditFilterForm({ initial, onApply }: { initial: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  const [values, setValues] = useState(initial);
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [key]: event.target.value }));
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="app-audit-filters" aria-label="Filter the audit log">
      <div className="app-audit-filters__row">
        <TextInput type="date" label="From date" id="from" name="from" hint="UK time, from the start of the day" value={values.from} onChange={set("from")} />
        <TextInput type="date" label="To date" id="to" name="to" hint="UK time, to the end of the day" value={values.to} onChange={set("to")} />
        <Select label="Person" id="actorId" name="actorId" value={values.actorId} onChange={set("actorId")}>
          <Select.Option value="">Anyone</Select.Option>
          {(users.data ?? []).map((user) => (
            <Select.Option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </Select.Option>
          ))}
        </Select>
      </div>
      <div className="app-audit-filters__row">
        <TextInput
          label="Action"
          id="action"
          name="action"
          hint="The start of an action, for example post. or submission.approved"
          spellCheck={false}
          autoComplete="off"
          value={values.action}
          onChange={set("action")}
        />
        <Select label="Type" id="entityType" name="entityType" value={values.entityType} onChange={set("entityType")}>
          <Select.Option value="">Any type</Select.Option>
          {ENTITY_TYPES.map((type) => (
            <Select.Option key={type.value} value={type.value}>
              {type.label}
            </Select.Option>
          ))}
        </Select>
        <TextInput label="Record id" id="entityId" name="entityId" spellCheck={false} autoComplete="off" value={values.entityId} onChange={set("entityId")} />
      </div>
      <div className="app-button-row">
        <Button type="submit">Apply filters</Button>
        <Link to="/audit" className="app-button-row__link">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

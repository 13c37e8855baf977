import { can, expiresWithin } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { Button, Select, Table, Tag, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { formatDate } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { platformList } from "../screening/merge-findings.ts";
import { useTRPC } from "../trpc.ts";
import { ConsentStatusTag } from "./consent-status-tag.tsx";
import { STATUS_FILTERS, subjectKindLabel, type StatusFilter } from "./labels.ts";
import type { ConsentSummary } from "./types.ts";

interface Filters {
  search: string;
  status: StatusFilter | "";
}

function filtersFrom(params: URLSearchParams): Filters {
  const status = params.get("status") ?? "";
  return { search: params.get("search")?.trim() ?? "", status: STATUS_FILTERS.some((s) => s.value === status) ? (status as StatusFilter) : "" };
}

function paramsFrom(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set("search", filters.search.trim());
  if (filters.status) params.set("status", filters.status);
  return params;
}

/** `/consents`: every person's consent to appear in the organisation's pictures, by name and status. */
export function RegisterPage() {
  usePageTitle("Consent register");
  const user = useCurrentUser();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const applied = filtersFrom(params);
  const consents = useQuery(
    trpc.consent.list.queryOptions({ ...(applied.search ? { search: applied.search } : {}), ...(applied.status ? { status: applied.status } : {}) }),
  );

  return (
    <>
      <h1>Consent register</h1>
      <p>
        The written consent of everyone who can be recognised in the organisation's photos, what they agreed to, and until when (CO23 §3.5.2,
        ICBP038 §3.6). The names here are personal data: do not copy them elsewhere.
      </p>
      {can(user.roles, "consent.manage") && (
        <Link className="nhsuk-button" to="/consents/new">
          Record consent
        </Link>
      )}
      <FilterForm
        key={params.toString()}
        initial={applied}
        onApply={(filters) => {
          setParams(paramsFrom(filters));
        }}
      />
      {consents.isPending ? (
        <Loading />
      ) : consents.isError ? (
        <QueryError error={consents.error} />
      ) : consents.data.length === 0 ? (
        <p>No consent records match.</p>
      ) : (
        <ConsentTable consents={consents.data} />
      )}
    </>
  );
}

function FilterForm({ initial, onApply }: { initial: Filters; onApply: (filters: Filters) => void }) {
  const [filters, setFilters] = useState(initial);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(filters);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="app-filters" aria-label="Filter the register">
      <TextInput
        label="Name"
        id="search"
        name="search"
        hint="All or part of the person's name"
        autoComplete="off"
        value={filters.search}
        onChange={(event) => {
          setFilters({ ...filters, search: event.target.value });
        }}
      />
      <Select
        label="Status"
        id="status"
        name="status"
        value={filters.status}
        onChange={(event) => {
          setFilters({ ...filters, status: event.target.value as Filters["status"] });
        }}
      >
        <Select.Option value="">Any</Select.Option>
        {STATUS_FILTERS.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" secondary>
        Apply filters
      </Button>
    </form>
  );
}

function ConsentTable({ consents }: { consents: readonly ConsentSummary[] }) {
  const now = new Date();
  return (
    <Table caption={`${consents.length === 1 ? "1 consent record" : `${consents.length} consent records`}`}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Name</Table.Cell>
          <Table.Cell>Who</Table.Cell>
          <Table.Cell>Platforms</Table.Cell>
          <Table.Cell>Ends</Table.Cell>
          <Table.Cell>Status</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {consents.map((consent) => (
          <Table.Row key={consent.id}>
            <Table.Cell>
              <Link to={`/consents/${consent.id}`}>{consent.subjectName}</Link>
            </Table.Cell>
            <Table.Cell>{subjectKindLabel(consent.subjectKind)}</Table.Cell>
            <Table.Cell>{platformList(consent.platforms)}</Table.Cell>
            <Table.Cell>{consent.expiresAt ? formatDate(consent.expiresAt) : "No end date"}</Table.Cell>
            <Table.Cell>
              <ConsentStatusTag status={consent.status} />
              {expiresWithin(consent, now) && (
                <>
                  {" "}
                  <Tag modifier="yellow">Ending soon</Tag>
                </>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

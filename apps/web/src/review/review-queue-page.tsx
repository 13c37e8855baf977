import { SUBMISSION_STATE_LABELS, SUBMISSION_STATES, type SubmissionState } from "@gatehouse/policy";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, Checkboxes, Select, Table, Tag } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { formatDate } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { accountLabel, SubmissionStateTag, titleOf } from "../submissions/labels.tsx";
import type { QueueFilter, QueueItem } from "../submissions/types.ts";
import { useTRPC } from "../trpc.ts";

/** The queue's filters as they are kept in the address: `?department=…&account=…&state=…&problems=1`. */
interface Filters {
  department: string;
  account: string;
  state: string;
  problems: boolean;
}

function isState(value: string): value is SubmissionState {
  return (SUBMISSION_STATES as readonly string[]).includes(value);
}

function filtersOf(search: URLSearchParams): Filters {
  const state = search.get("state") ?? "";
  return {
    department: search.get("department") ?? "",
    account: search.get("account") ?? "",
    state: isState(state) ? state : "",
    problems: search.get("problems") === "1",
  };
}

function queueInput(filters: Filters): QueueFilter {
  return {
    ...(filters.department ? { departmentId: filters.department } : {}),
    ...(filters.account ? { accountId: filters.account } : {}),
    ...(isState(filters.state) ? { state: filters.state } : {}),
    ...(filters.problems ? { hasFindings: true } : {}),
  };
}

function searchOf(filters: Filters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.department) search.set("department", filters.department);
  if (filters.account) search.set("account", filters.account);
  if (filters.state) search.set("state", filters.state);
  if (filters.problems) search.set("problems", "1");
  return search;
}

/** `/review`: what is waiting for the communications team, soonest wanted first, as the API orders it. */
export function ReviewQueuePage() {
  const trpc = useTRPC();
  const [search, setSearch] = useSearchParams();
  const filters = filtersOf(search);
  const queue = useQuery({ ...trpc.review.queue.queryOptions(queueInput(filters)), placeholderData: keepPreviousData });
  usePageTitle("Submissions to review");

  if (queue.isError) return <QueryError error={queue.error} />;

  return (
    <>
      <h1>Submissions to review</h1>
      <p>
        Content departments have sent to the communications team, with the date they want it published by. Open one to claim it, check its
        copy for each account, and decide.
      </p>
      <QueueFilters
        key={search.toString()}
        initial={filters}
        onApply={(next) => {
          setSearch(searchOf(next));
        }}
      />
      {queue.isPending ? <Loading /> : <QueueTable items={queue.data} filtered={search.toString() !== ""} />}
    </>
  );
}

function QueueFilters({ initial, onApply }: { initial: Filters; onApply: (filters: Filters) => void }) {
  const trpc = useTRPC();
  const departments = useQuery(trpc.users.departments.queryOptions());
  const accounts = useQuery(trpc.accounts.list.queryOptions());
  const [filters, setFilters] = useState(initial);
  const set = (change: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...change }));
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(filters);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Filter the queue">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <Select
            label="Department"
            id="department"
            name="department"
            value={filters.department}
            onChange={(event) => {
              set({ department: event.target.value });
            }}
          >
            <Select.Option value="">All departments</Select.Option>
            {(departments.data ?? []).map((d) => (
              <Select.Option key={d.id} value={d.id}>
                {d.name}
              </Select.Option>
            ))}
          </Select>
        </div>
        <div className="nhsuk-grid-column-one-third">
          <Select
            label="Account"
            id="account"
            name="account"
            value={filters.account}
            onChange={(event) => {
              set({ account: event.target.value });
            }}
          >
            <Select.Option value="">All accounts</Select.Option>
            {(accounts.data ?? []).map((a) => (
              <Select.Option key={a.id} value={a.id}>
                {accountLabel(a)}
              </Select.Option>
            ))}
          </Select>
        </div>
        <div className="nhsuk-grid-column-one-third">
          <Select
            label="State"
            id="state"
            name="state"
            value={filters.state}
            onChange={(event) => {
              set({ state: event.target.value });
            }}
          >
            <Select.Option value="">Waiting for review (submitted or in review)</Select.Option>
            {SUBMISSION_STATES.map((state) => (
              <Select.Option key={state} value={state}>
                {SUBMISSION_STATE_LABELS[state]}
              </Select.Option>
            ))}
          </Select>
        </div>
      </div>
      {/* Its own row: beside the floated columns above, the checkbox would be squeezed to their right. */}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-full">
          <Checkboxes name="problems" small>
            <Checkboxes.Item
              id="problems"
              value="1"
              checked={filters.problems}
              onChange={(event) => {
                set({ problems: event.target.checked });
              }}
            >
              Only with problems
            </Checkboxes.Item>
          </Checkboxes>
        </div>
      </div>
      <div className="nhsuk-button-group">
        <Button type="submit" secondary>
          Apply filters
        </Button>
        <Link to="/review" className="nhsuk-link">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** "None", "2", or "3 (1 must fix)" in red when something blocks it. */
function Problems({ item }: { item: QueueItem }) {
  if (item.findingCount === 0) return <>None</>;
  if (item.blockingCount === 0) return <>{item.findingCount}</>;
  return (
    <Tag modifier="red">
      {item.findingCount} ({item.blockingCount} must fix)
    </Tag>
  );
}

function QueueTable({ items, filtered }: { items: readonly QueueItem[]; filtered: boolean }) {
  if (items.length === 0) {
    return <p>{filtered ? "No submissions match these filters." : "Nothing is waiting for review."}</p>;
  }
  return (
    <>
      <p>{items.length === 1 ? "1 submission" : `${items.length} submissions`}, soonest wanted first.</p>
      <Table caption="Submissions to review" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
        <Table.Head>
          <Table.Row>
            <Table.Cell>Title</Table.Cell>
            <Table.Cell>Department</Table.Cell>
            <Table.Cell>Accounts</Table.Cell>
            <Table.Cell>Wanted by</Table.Cell>
            <Table.Cell>Problems</Table.Cell>
            <Table.Cell>Claimed by</Table.Cell>
            <Table.Cell>State</Table.Cell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              <Table.Cell>
                <Link to={`/review/${item.id}`}>{titleOf(item)}</Link>
              </Table.Cell>
              <Table.Cell>{item.department ?? "None"}</Table.Cell>
              <Table.Cell>
                {item.targets.length === 0 ? (
                  "None"
                ) : (
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {item.targets.map((t) => (
                      <li key={t.accountId}>{accountLabel(t)}</li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
              <Table.Cell>{item.desiredPublishAt ? formatDate(item.desiredPublishAt) : "Not given"}</Table.Cell>
              <Table.Cell>
                <Problems item={item} />
              </Table.Cell>
              <Table.Cell>{item.claimedBy?.name ?? "Nobody"}</Table.Cell>
              <Table.Cell>
                <SubmissionStateTag state={item.state} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </>
  );
}

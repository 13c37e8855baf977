import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { AuditFilterForm } from "./audit-filter-form.tsx";
import { auditInput, csvHref, filtersFromParams, paramsFromFilters } from "./audit-filters.ts";
import { AuditTable } from "./audit-table.tsx";
import "./audit.css";

const PAGE_SIZE = 100;

/** The audit log for administrators (audit.view): filter, page back through it, download it. */
export function AuditPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { filters, beforeSeq } = filtersFromParams(params);
  const events = useQuery(trpc.audit.list.queryOptions({ ...auditInput(filters), ...(beforeSeq ? { beforeSeq } : {}), limit: PAGE_SIZE }));
  usePageTitle("Audit log");

  if (events.isError) return <QueryError error={events.error} />;

  const filterKey = paramsFromFilters(filters).toString();
  const filtered = filterKey !== "";

  return (
    <>
      <h1>Audit log</h1>
      <p>
        Every change in Gatehouse, who made it and why, newest first. The log cannot be changed: each event is chained to the one
        before it.
      </p>
      <AuditFilterForm
        key={filterKey}
        initial={filters}
        onApply={(next) => {
          const query = paramsFromFilters(next).toString();
          void navigate(query ? `/audit?${query}` : "/audit");
        }}
      />
      <p>
        <a href={csvHref(filters)} download>
          Download CSV
        </a>{" "}
        <span className="nhsuk-body-s nhsuk-u-secondary-text-color">
          ({filtered ? "every event that matches these filters" : "the whole log"}, as a spreadsheet)
        </span>
      </p>
      {events.isPending ? (
        <Loading />
      ) : events.data.events.length === 0 ? (
        <p>{filtered || beforeSeq ? "No events match these filters." : "Nothing has been recorded yet."}</p>
      ) : (
        <>
          <p className="nhsuk-body-s" role="status">
            Showing {events.data.events.length} {events.data.events.length === 1 ? "event" : "events"}
            {beforeSeq ? " (older events)" : ""}, newest first.
          </p>
          <AuditTable events={events.data.events} />
        </>
      )}
      {(beforeSeq !== undefined || events.data?.nextBeforeSeq) && (
        <nav aria-label="Audit log pages" className="app-audit-pages">
          <ul className="app-audit-pages__list">
            {beforeSeq !== undefined && (
              <li>
                <Link to={filtered ? `/audit?${filterKey}` : "/audit"}>Newest events</Link>
              </li>
            )}
            {events.data?.nextBeforeSeq && (
              <li>
                <Link to={`/audit?${paramsFromFilters(filters, events.data.nextBeforeSeq).toString()}`}>Older events</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}

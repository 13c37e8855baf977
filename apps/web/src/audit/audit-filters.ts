import type { RouterInputs } from "../api-types.ts";
import { addDays, isIsoDate, londonDayStart } from "../components/london-time.ts";

/** The audit page's filters as the form holds them: London dates, ids and the action prefix. */
export interface AuditFilters {
  from: string;
  to: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
}

export const EMPTY_FILTERS: AuditFilters = { from: "", to: "", actorId: "", action: "", entityType: "", entityId: "" };

/** The kinds of record the audit log speaks of, and where each one's page is, if it has one. */
export const ENTITY_TYPES: readonly { value: string; label: string; path?: string }[] = [
  { value: "user", label: "User" },
  { value: "account", label: "Account", path: "/accounts/" },
  { value: "account_request", label: "Account request", path: "/account-requests/" },
  { value: "submission", label: "Submission", path: "/submissions/" },
  { value: "post", label: "Post", path: "/posts/" },
  { value: "asset", label: "Picture", path: "/assets/" },
  { value: "consent", label: "Consent", path: "/consents/" },
  { value: "takedown_task", label: "Takedown task", path: "/takedowns" },
  { value: "organisation_setting", label: "Organisation setting" },
];

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPES.find((t) => t.value === type)?.label ?? type;
}

export function entityPath(type: string, id: string): string | undefined {
  const path = ENTITY_TYPES.find((t) => t.value === type)?.path;
  if (!path) return undefined;
  // A takedown task has no page of its own: its list does.
  return path.endsWith("/") ? `${path}${id}` : path;
}

const KEYS = ["from", "to", "actorId", "action", "entityType", "entityId"] as const;

/** The filters in the page's address (…/audit?from=2026-03-01&action=post.&before=120). */
export function filtersFromParams(params: URLSearchParams): { filters: AuditFilters; beforeSeq: number | undefined } {
  const filters = { ...EMPTY_FILTERS };
  for (const key of KEYS) filters[key] = params.get(key)?.trim() ?? "";
  if (!isIsoDate(filters.from)) filters.from = "";
  if (!isIsoDate(filters.to)) filters.to = "";
  const before = Number(params.get("before"));
  return { filters, beforeSeq: Number.isInteger(before) && before > 0 ? before : undefined };
}

export function paramsFromFilters(filters: AuditFilters, beforeSeq?: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key].trim() !== "") params.set(key, filters[key].trim());
  if (beforeSeq !== undefined) params.set("before", String(beforeSeq));
  return params;
}

type AuditInput = NonNullable<RouterInputs["audit"]["list"]>;

/** The API's filter: London dates become UTC bounds, "to" including the whole of its day. */
export function auditInput(filters: AuditFilters): Omit<AuditInput, "beforeSeq" | "limit"> {
  return {
    ...(filters.from ? { from: londonDayStart(filters.from).toISOString() } : {}),
    ...(filters.to ? { to: londonDayStart(addDays(filters.to, 1)).toISOString() } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
  };
}

/** The CSV export of the same filtered log (every page of it). */
export function csvHref(filters: AuditFilters): string {
  const input = auditInput(filters);
  const params = new URLSearchParams(Object.entries(input).map(([key, value]) => [key, String(value)]));
  const query = params.toString();
  return `/api/audit.csv?${query}`;
}

import type { Deps } from "../deps.ts";
import * as repo from "./repo.ts";

function view(row: Awaited<ReturnType<typeof repo.searchEvents>>[number]) {
  return {
    seq: row.seq,
    id: row.id,
    at: row.at,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? "(removed user)" } : null,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json ? (JSON.parse(row.before_json) as unknown) : null,
    after: row.after_json ? (JSON.parse(row.after_json) as unknown) : null,
    reason: row.reason,
  };
}

export async function listAudit(deps: Deps, filter: repo.AuditFilter, limit = 100) {
  const rows = await repo.searchEvents(deps.db, filter, limit + 1);
  return { events: rows.slice(0, limit).map(view), nextBeforeSeq: rows.length > limit ? rows[limit - 1]!.seq : null };
}

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  // Quote everything; a leading = + - @ could run as a formula in a spreadsheet, so it is prefixed.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The filtered log as CSV, newest first (as on the page), in pages so a long log never sits in memory at once. */
export async function* auditCsv(deps: Deps, filter: repo.AuditFilter): AsyncGenerator<string> {
  yield ["seq", "at", "actor", "actor_id", "action", "entity_type", "entity_id", "before", "after", "reason", "hash"].map(csvCell).join(",") + "\r\n";
  let beforeSeq = filter.beforeSeq;
  for (;;) {
    const rows = await repo.searchEvents(deps.db, { ...filter, beforeSeq }, 1000);
    if (rows.length === 0) return;
    yield rows.map((r) => [r.seq, r.at, r.actor_name, r.actor_id, r.action, r.entity_type, r.entity_id, r.before_json, r.after_json, r.reason, r.hash].map(csvCell).join(",") + "\r\n").join("");
    beforeSeq = rows.at(-1)!.seq;
  }
}

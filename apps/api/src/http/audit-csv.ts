import { can } from "@gatehouse/policy";
import type { Context } from "hono";
import { stream } from "hono/streaming";
import { auditCsv } from "../audit/query.ts";
import { auditFilterInput } from "../audit/router.ts";
import { readCookie, SESSION_COOKIE } from "../auth/cookie.ts";
import { userForSession } from "../auth/service.ts";
import type { Deps } from "../deps.ts";

/** GET /api/audit.csv?from=&to=&action=...: the audit page's export, for admins only. */
export function auditCsvHandler(deps: Deps) {
  return async (c: Context) => {
    const session = await userForSession(deps, readCookie(c.req.header("cookie"), SESSION_COOKIE));
    if (!session) return c.json({ error: { code: "UNAUTHORIZED", message: "Sign in to continue." } }, 401);
    if (!can(session.user.roles, "audit.view")) return c.json({ error: { code: "FORBIDDEN", message: "Your role does not allow you to see the audit log." } }, 403);
    const query = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ""));
    const parsed = auditFilterInput.safeParse({ ...query, ...(query.beforeSeq ? { beforeSeq: Number(query.beforeSeq) } : {}) });
    if (!parsed.success) return c.json({ error: { code: "BAD_REQUEST", message: "The filter is not valid: dates must be ISO 8601." } }, 400);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="gatehouse-audit-${deps.clock.now().toISOString().slice(0, 10)}.csv"`);
    return stream(c, async (s) => {
      for await (const chunk of auditCsv(deps, parsed.data)) await s.write(chunk);
    });
  };
}

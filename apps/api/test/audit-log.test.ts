import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieOf } from "./support/client.ts";
import { codeOf, createHarness, DEMO, type Harness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("the audit page's API", () => {
  it("lists events newest first with who did them, filtered, and pages back", async () => {
    const admin = await h.as(DEMO.admin);
    await admin.accounts.register.mutate({ platform: "x", handle: "@audited", name: "Audited" });
    const { events, nextBeforeSeq } = await admin.audit.list.query({ limit: 5 });
    expect(events).toHaveLength(5);
    expect(events[0]!.seq).toBeGreaterThan(events[4]!.seq);
    expect(nextBeforeSeq).toBe(events[4]!.seq);
    const registered = await admin.audit.list.query({ action: "account.registered", limit: 100 });
    expect(registered.events.every((e) => e.action === "account.registered")).toBe(true);
    expect(registered.events[0]).toMatchObject({ actor: { name: "Ada Admin" }, after: { handle: "@audited" } });
    const older = await admin.audit.list.query({ beforeSeq: nextBeforeSeq!, limit: 5 });
    expect(older.events[0]!.seq).toBeLessThan(nextBeforeSeq!);
  });

  it("keeps the log to admins", async () => {
    for (const email of [DEMO.dept, DEMO.comms, DEMO.brand, DEMO.ig]) expect(await codeOf((await h.as(email)).audit.list.query())).toBe("FORBIDDEN");
  });

  it("exports the filtered log as CSV, for admins only", async () => {
    const admin = await h.as(DEMO.admin);
    await admin.accounts.register.mutate({ platform: "bluesky", handle: "formula.test", name: '=HYPERLINK("http://evil")' });
    const res = await h.app.request("/api/audit.csv?action=account.registered", { headers: { cookie: cookieOf(admin) } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe('"seq","at","actor","actor_id","action","entity_type","entity_id","before","after","reason","hash"');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((l, i) => i === 0 || l.includes('"account.registered"'))).toBe(true);
    expect((await h.app.request("/api/audit.csv", { headers: { cookie: cookieOf(await h.as(DEMO.comms)) } })).status).toBe(403);
    expect((await h.app.request("/api/audit.csv")).status).toBe(401);
    expect((await h.app.request("/api/audit.csv?from=yesterday", { headers: { cookie: cookieOf(admin) } })).status).toBe(400);
  });
});

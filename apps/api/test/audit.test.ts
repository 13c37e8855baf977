import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit, verifyAuditChain } from "../src/audit/service.ts";
import { createHarness, DEMO, type Harness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("the audit log", () => {
  it("records the demo seed and sign-ins as a valid chain", async () => {
    await h.as(DEMO.admin);
    const result = await verifyAuditChain(h.deps.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(10);
  });

  it("keeps the chain whole under concurrent writers", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.deps.db.transaction().execute((tx) =>
          recordAudit(tx, h.clock, { actorId: null, action: "test.concurrent", entityType: "test", entityId: String(i) }),
        ),
      ),
    );
    expect(await verifyAuditChain(h.deps.db, 7)).toMatchObject({ ok: true });
  });

  it("detects an edited event", async () => {
    const before = await verifyAuditChain(h.deps.db);
    await sql`update audit_event set reason = 'rewritten' where seq = 3`.execute(h.deps.db);
    expect(await verifyAuditChain(h.deps.db)).toMatchObject({ ok: false, brokenAt: { seq: 3 } });
    await sql`update audit_event set reason = null where seq = 3`.execute(h.deps.db);
    expect(await verifyAuditChain(h.deps.db)).toEqual(before.ok ? { ok: true, checked: before.checked } : before);
  });

  it("detects a deleted event", async () => {
    await sql`delete from audit_event where seq = 5`.execute(h.deps.db);
    expect(await verifyAuditChain(h.deps.db)).toMatchObject({ ok: false, brokenAt: { seq: 5, problem: "event 5 is missing" } });
  });
});

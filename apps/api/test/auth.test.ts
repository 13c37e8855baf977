import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { MAX_FAILURES } from "../src/auth/throttle.ts";
import { createDb } from "../src/db/database.ts";
import { clientFor, cookieOf } from "./support/client.ts";
import { codeOf, createHarness, DEMO, errorOf, testConfig, type Harness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("signing in", () => {
  it("signs a demo user in and returns their roles", async () => {
    const client = h.anonymous();
    const { user } = await client.auth.login.mutate({ email: DEMO.comms, password: "gatehouse-demo" });
    expect(user).toMatchObject({ email: DEMO.comms, roles: ["comms_officer"] });
    expect((await client.auth.me.query()).user?.email).toBe(DEMO.comms);
  });

  it("accepts the email in any case and with spaces around it", async () => {
    const { user } = await h.anonymous().auth.login.mutate({ email: "  Brand@Demo.Gatehouse.Test ", password: "gatehouse-demo" });
    expect(user.email).toBe(DEMO.brand);
  });

  it("sets an HttpOnly, SameSite=Lax session cookie that is not Secure outside production", async () => {
    const res = await h.app.request("/trpc/auth.login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: DEMO.dept, password: "gatehouse-demo" }),
    });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^gatehouse_session=[\w-]{40,};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
  });

  it("marks the cookie Secure in production", async () => {
    const app = createApp({ ...h.deps, config: testConfig({ ...h.deps.config, mode: "production" }) });
    const res = await app.request("/trpc/auth.login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: DEMO.dept, password: "gatehouse-demo" }),
    });
    expect(res.headers.get("set-cookie")).toContain("Secure");
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    const wrong = await errorOf(h.anonymous().auth.login.mutate({ email: DEMO.ig, password: "not-the-password" }));
    const unknown = await errorOf(h.anonymous().auth.login.mutate({ email: "nobody@demo.gatehouse.test", password: "x" }));
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(wrong.message).toBe(unknown.message);
    expect(wrong.message).toMatch(/email address or password is not right/);
  });

  it("names the missing field", async () => {
    const res = await h.app.request("/trpc/auth.login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: DEMO.ig }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { data: { code: string; fields: Record<string, string> } } };
    expect(body.error.data.code).toBe("BAD_REQUEST");
    expect(body.error.data.fields).toEqual({ password: "Enter your password." });
  });

  it("never writes a password into the logs", async () => {
    await codeOf(h.anonymous().auth.login.mutate({ email: DEMO.ig, password: "hunter2-very-secret" }));
    await h.anonymous().auth.login.mutate({ email: DEMO.ig, password: "gatehouse-demo" });
    expect(h.logs.lines.length).toBeGreaterThan(0);
    expect(h.logs.text()).not.toContain("hunter2-very-secret");
    expect(h.logs.text()).not.toContain("gatehouse-demo");
  });
});

describe("sessions", () => {
  it("answers auth.me with a null user when there is no session", async () => {
    expect(await h.anonymous().auth.me.query()).toEqual({ user: null });
  });

  it("refuses a protected procedure without a session", async () => {
    expect(await codeOf(h.anonymous().accounts.list.query())).toBe("UNAUTHORIZED");
  });

  it("refuses a made-up session cookie", async () => {
    const res = await h.app.request("/trpc/accounts.list", { headers: { cookie: "gatehouse_session=forged-token" } });
    expect(res.status).toBe(401);
  });

  it("ends the session on logout, server side", async () => {
    const client = await h.as(DEMO.admin);
    const stolen = cookieOf(client);
    expect(await client.auth.logout.mutate()).toEqual({ ok: true });
    expect((await client.auth.me.query()).user).toBeNull();
    const replay = await h.app.request("/trpc/auth.me", { headers: { cookie: stolen } });
    expect(await replay.json()).toMatchObject({ result: { data: { user: null } } });
  });

  it("expires a session after its lifetime", async () => {
    const client = await h.as(DEMO.comms2);
    h.clock.advance(h.deps.config.sessionTtlMs - 60_000);
    expect((await client.auth.me.query()).user?.email).toBe(DEMO.comms2);
    h.clock.advance(120_000);
    expect((await client.auth.me.query()).user).toBeNull();
    expect(await codeOf(client.accounts.list.query())).toBe("UNAUTHORIZED");
  });
});

describe("sign-in throttling", () => {
  it(`locks an email for 15 minutes after ${MAX_FAILURES} wrong passwords, even with the right one`, async () => {
    const email = DEMO.brand;
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await codeOf(h.anonymous().auth.login.mutate({ email, password: `wrong-${i}` }))).toBe("UNAUTHORIZED");
    }
    const locked = await errorOf(h.anonymous().auth.login.mutate({ email, password: "gatehouse-demo" }));
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.message).toMatch(/Try again in 15 minutes/);
    // other people are not locked out by it
    expect(await codeOf(h.anonymous().auth.login.mutate({ email: DEMO.ig, password: "gatehouse-demo" }))).toBe("OK");

    h.clock.advance(15 * 60_000 + 1000);
    expect(await codeOf(h.anonymous().auth.login.mutate({ email, password: "gatehouse-demo" }))).toBe("OK");
  });

  it("forgets old failures once sign-in succeeds", async () => {
    const email = DEMO.dept;
    for (let i = 0; i < MAX_FAILURES - 1; i++) await codeOf(h.anonymous().auth.login.mutate({ email, password: "wrong" }));
    await h.anonymous().auth.login.mutate({ email, password: "gatehouse-demo" });
    expect(await codeOf(h.anonymous().auth.login.mutate({ email, password: "wrong" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(h.anonymous().auth.login.mutate({ email, password: "gatehouse-demo" }))).toBe("OK");
  });
});

describe("the HTTP edge", () => {
  it("answers /healthz once the database is migrated", async () => {
    const res = await h.app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("answers /healthz with 503 while the database is not migrated", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-unmigrated-"));
    const db = createDb({ kind: "sqlite", file: path.join(dir, "empty.sqlite") });
    try {
      const res = await createApp({ ...h.deps, db }).request("/healthz");
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false, problem: "database not migrated" });
    } finally {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses an oversize body with a clear error and keeps serving", async () => {
    const res = await h.app.request("/trpc/auth.login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: DEMO.dept, password: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.error.message).toMatch(/too large/);
    expect((await h.app.request("/healthz")).status).toBe(200);
  });

  it("answers malformed JSON with BAD_REQUEST, not a crash", async () => {
    const res = await h.app.request("/trpc/auth.login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect((await h.app.request("/healthz")).status).toBe(200);
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const res = await h.app.request("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    expect((await h.app.request("/trpc/nope.nothing")).status).toBe(404);
  });

  it("works through the real fetch link the web uses, cookie and all", async () => {
    const client = clientFor(h.app);
    await client.auth.login.mutate({ email: DEMO.admin, password: "gatehouse-demo" });
    expect(cookieOf(client)).toMatch(/^gatehouse_session=/);
    expect((await client.accounts.list.query()).length).toBe(6);
  });
});

import { describe, expect, it } from "vitest";
import { decidePostAction, publishGate, retryDelayMs, type PublishFacts } from "../src/index.ts";

const comms = { id: "c", roles: ["comms_officer" as const], grantedAccountIds: ["a1"] };

describe("post actions", () => {
  it("lets a granted comms officer schedule and take down, and nobody else", () => {
    expect(decidePostAction("schedule", { state: null, accountId: "a1", accountStatus: "active" }, comms)).toEqual({ ok: true });
    expect(decidePostAction("schedule", { state: null, accountId: "a2", accountStatus: "active" }, comms)).toMatchObject({ ok: false, kind: "forbidden" });
    expect(decidePostAction("schedule", { state: null, accountId: "a1", accountStatus: "active" }, { id: "d", roles: ["contributor"], grantedAccountIds: ["a1"] })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(decidePostAction("takedown", { state: "published", accountId: "a1", accountStatus: "active" }, comms)).toEqual({ ok: true });
    expect(decidePostAction("takedown", { state: "scheduled", accountId: "a1", accountStatus: "active" }, comms)).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("retries only failed or blocked posts on an active account", () => {
    expect(decidePostAction("retry", { state: "failed", accountId: "a1", accountStatus: "active" }, comms)).toEqual({ ok: true });
    expect(decidePostAction("retry", { state: "published", accountId: "a1", accountStatus: "active" }, comms)).toMatchObject({ ok: false });
    expect(decidePostAction("retry", { state: "blocked", accountId: "a1", accountStatus: "paused" }, comms)).toMatchObject({ ok: false });
  });

  it("backs off with jitter, and the platform's retry-after wins", () => {
    expect(retryDelayMs(1, 0)).toBe(15_000);
    expect(retryDelayMs(1, 1)).toBe(30_000);
    expect(retryDelayMs(3, 1)).toBe(120_000);
    expect(retryDelayMs(20, 1)).toBe(15 * 60_000);
    expect(retryDelayMs(2, 0.5, 7000)).toBe(7000);
  });
});

describe("the publish gate", () => {
  const facts = (over: Partial<PublishFacts> = {}): PublishFacts => ({
    submissionState: "approved",
    account: { id: "a1", platform: "x", status: "active" },
    scheduler: { roles: ["comms_officer"], grantedAccountIds: ["a1"] },
    screening: [],
    media: [],
    at: new Date("2026-12-01T09:00:00Z"),
    ...over,
  });

  it("opens for an approved post by a granted scheduler with clean copy", () => {
    expect(publishGate(facts())).toEqual([]);
  });

  it("closes while the platform refuses the account's sign-in, saying why and who can fix it", () => {
    const findings = publishGate(facts({ account: { id: "a1", platform: "linkedin", status: "active", connectionLost: "LinkedIn no longer accepts this account's sign-in: reconnect it on the account's page." } }));
    expect(findings.map((f) => f.rule)).toEqual(["gate.account.disconnected"]);
    expect(findings[0]!.message).toMatch(/^LinkedIn no longer accepts the account's sign-in\. An administrator must connect it again/);
    expect(publishGate(facts({ account: { id: "a1", platform: "linkedin", status: "active", connectionLost: null } }))).toEqual([]);
  });

  it("closes when the account is paused, the grant revoked or a blocking finding appears", () => {
    expect(publishGate(facts({ account: { id: "a1", platform: "x", status: "paused" } })).map((f) => f.rule)).toEqual(["gate.account.not-active"]);
    expect(publishGate(facts({ scheduler: { roles: ["comms_officer"], grantedAccountIds: [] } })).map((f) => f.rule)).toEqual(["gate.authority.no-grant"]);
    const finding = {
      category: "pii.nhs_number" as const,
      rule: "pii.nhs-number.mod11",
      severity: "block" as const,
      start: 0,
      end: 10,
      message: "m",
      clause: ["ICBP038 §3.5"],
      accountId: "a1",
      platform: "x" as const,
      overriddenBecause: null,
    };
    expect(publishGate(facts({ screening: [finding] })).map((f) => f.category)).toEqual(["pii.nhs_number"]);
    expect(publishGate(facts({ screening: [{ ...finding, overriddenBecause: "agreed" }] }))).toEqual([]);
  });
});

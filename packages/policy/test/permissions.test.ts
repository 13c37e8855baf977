import { describe, expect, it } from "vitest";
import { ROLES, can, canHoldPublishGrant, canPublishTo, capabilitiesOf } from "../src/index.ts";

describe("permissions", () => {
  it("lets contributors see accounts, ask for a new one and submit content, and nothing more", () => {
    expect([...capabilitiesOf(["contributor"])].sort()).toEqual(["accountRequests.create", "accounts.view", "submissions.create"]);
  });

  it("never lets a contributor hold a publish grant", () => {
    expect(canHoldPublishGrant(["contributor"])).toBe(false);
    expect(canHoldPublishGrant(["comms_officer"])).toBe(true);
    expect(canHoldPublishGrant(["admin"])).toBe(false);
  });

  it("keeps registering accounts and deciding requests to admins", () => {
    for (const role of ROLES) {
      expect(can([role], "accounts.register")).toBe(role === "admin");
      expect(can([role], "accountRequests.decide")).toBe(role === "admin");
    }
  });

  it("adds up the capabilities of several roles", () => {
    expect(can(["brand_guardian", "admin"], "accounts.manage")).toBe(true);
    expect(can([], "accounts.view")).toBe(false);
  });

  it("needs the role, the grant and an active account to publish", () => {
    const account = { id: "a1", status: "active" as const };
    expect(canPublishTo({ roles: ["comms_officer"], grantedAccountIds: ["a1"] }, account)).toBe(true);
    expect(canPublishTo({ roles: ["comms_officer"], grantedAccountIds: [] }, account)).toBe(false);
    expect(canPublishTo({ roles: ["contributor"], grantedAccountIds: ["a1"] }, account)).toBe(false);
    expect(canPublishTo({ roles: ["comms_officer"], grantedAccountIds: ["a1"] }, { id: "a1", status: "paused" })).toBe(false);
  });
});

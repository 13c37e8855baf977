import { describe, expect, it } from "vitest";
import { ROLES, can, canHoldPublishGrant, canPublishTo, capabilitiesOf, decideAssetAction } from "../src/index.ts";

describe("permissions", () => {
  it("lets contributors see accounts, ask for a new one, submit content and upload pictures, and nothing more", () => {
    expect([...capabilitiesOf(["contributor"])].sort()).toEqual(["accountRequests.create", "accounts.view", "assets.upload", "submissions.create"]);
  });

  it("keeps brand review to brand guardians, and the kit to them and administrators", () => {
    for (const role of ROLES) {
      expect(can([role], "brand.review")).toBe(role === "brand_guardian");
      expect(can([role], "brand.manage")).toBe(role === "brand_guardian" || role === "admin");
    }
  });

  it("keeps the consent register to information governance and the communications team", () => {
    for (const role of ROLES) {
      expect(can([role], "consent.view")).toBe(role === "ig_officer" || role === "comms_officer");
      expect(can([role], "consent.manage")).toBe(role === "ig_officer" || role === "comms_officer");
    }
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

describe("who may do what to a picture", () => {
  const asset = { uploadedBy: "u1", brandState: "pending" as const };
  it("lets the uploader see, describe and edit their own until the brand guardian approves it", () => {
    const uploader = { id: "u1", roles: ["contributor" as const] };
    expect(decideAssetAction("view", asset, uploader)).toEqual({ ok: true });
    expect(decideAssetAction("declarePeople", asset, uploader)).toEqual({ ok: true });
    expect(decideAssetAction("edit", asset, uploader)).toEqual({ ok: true });
    expect(decideAssetAction("edit", { ...asset, brandState: "approved" }, uploader)).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("keeps other contributors out, and lets the library's keepers in", () => {
    expect(decideAssetAction("view", asset, { id: "u2", roles: ["contributor"] })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(decideAssetAction("edit", { ...asset, brandState: "approved" }, { id: "c", roles: ["comms_officer"] })).toEqual({ ok: true });
    expect(decideAssetAction("edit", asset, { id: "b", roles: ["brand_guardian"] })).toEqual({ ok: true });
    expect(decideAssetAction("declarePeople", asset, { id: "i", roles: ["ig_officer"] })).toEqual({ ok: true });
    expect(decideAssetAction("edit", asset, { id: "i", roles: ["ig_officer"] })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(decideAssetAction("declarePeople", asset, { id: "b", roles: ["brand_guardian"] })).toMatchObject({ ok: false, kind: "forbidden" });
  });
});

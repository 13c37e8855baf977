import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsFor } from "../src/audit/repo.ts";
import { codeOf, createHarness, DEMO, errorOf, type Harness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const businessCase = {
  platform: "instagram" as const,
  handle: "@nhs_physio_demo",
  name: "Demo Physiotherapy",
  purpose: "Exercise videos and clinic updates for physiotherapy patients.",
  audience: "Adults waiting for or recovering from physiotherapy.",
  operators: "The physiotherapy team lead, with communications approving posts.",
  measure: "Views of exercise videos and fewer missed appointments.",
};

describe("requests for new official accounts", () => {
  it("lets a department user file a request with a business case", async () => {
    const dept = await h.as(DEMO.dept);
    const { id, state } = await dept.accountRequests.create.mutate(businessCase);
    expect(state).toBe("pending");
    const request = await dept.accountRequests.get.query({ id });
    expect(request).toMatchObject({ ...businessCase, state: "pending", department: "Community Services" });
    expect(request.requestedBy.name).toBe("Dana Department");
  });

  it("names every missing part of the business case", async () => {
    const dept = await h.as(DEMO.dept);
    const error = await errorOf(dept.accountRequests.create.mutate({ ...businessCase, purpose: " ", audience: "", operators: "", measure: "" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fields).toEqual({
      purpose: "Say what the account is for.",
      audience: "Say who the account is for.",
      operators: "Say who will run the account day to day.",
      measure: "Say how you will measure whether the account is a success.",
    });
  });

  it("shows a department user only their own requests, and admins all of them", async () => {
    const dept = await h.as(DEMO.dept);
    const mine = await dept.accountRequests.list.query();
    expect(mine.every((r) => r.requestedBy.name === "Dana Department")).toBe(true);

    const comms = await h.as(DEMO.comms);
    const { id } = await comms.accountRequests.create.mutate({ ...businessCase, handle: "@comms_own_request" });
    expect((await dept.accountRequests.list.query()).some((r) => r.id === id)).toBe(false);
    expect(await codeOf(dept.accountRequests.get.query({ id }))).toBe("NOT_FOUND");
    expect((await (await h.as(DEMO.admin)).accountRequests.list.query()).some((r) => r.id === id)).toBe(true);
  });

  it("registers the account when an admin approves, in one audited step", async () => {
    const dept = await h.as(DEMO.dept);
    const { id } = await dept.accountRequests.create.mutate({ ...businessCase, handle: "@approved_one" });
    const admin = await h.as(DEMO.admin);
    const { accountId, state } = await admin.accountRequests.approve.mutate({ id, note: "Agreed at the comms meeting" });
    expect(state).toBe("approved");
    const account = await admin.accounts.get.query({ id: accountId });
    expect(account).toMatchObject({ platform: "instagram", handle: "@approved_one", status: "active" });
    const request = await dept.accountRequests.get.query({ id });
    expect(request).toMatchObject({ state: "approved", accountId, decisionReason: "Agreed at the comms meeting" });
    expect(request.decidedBy?.name).toBe("Ada Admin");
    expect((await eventsFor(h.deps.db, "account_request", id)).map((e) => e.action)).toEqual([
      "account_request.filed",
      "account_request.approved",
    ]);
  });

  it("declines with a reason the department can read, and the decision is final", async () => {
    const dept = await h.as(DEMO.dept);
    const { id } = await dept.accountRequests.create.mutate({ ...businessCase, handle: "@declined_one" });
    const admin = await h.as(DEMO.admin);
    expect((await errorOf(admin.accountRequests.decline.mutate({ id, reason: "" }))).fields?.reason).toMatch(/reason for declining/);
    await admin.accountRequests.decline.mutate({ id, reason: "The main account already covers this audience." });
    expect(await dept.accountRequests.get.query({ id })).toMatchObject({
      state: "declined",
      decisionReason: "The main account already covers this audience.",
      accountId: null,
    });
    expect(await codeOf(admin.accountRequests.approve.mutate({ id }))).toBe("CONFLICT");
  });

  it("refuses a request for a handle that is already registered, naming the field", async () => {
    const dept = await h.as(DEMO.dept);
    const error = await errorOf(dept.accountRequests.create.mutate({ ...businessCase, handle: "@demonhstrust", platform: "x" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.fields?.handle).toBe("An official X account with the handle @demonhstrust is already registered.");
  });

  it("refuses an approval that would duplicate a handle registered since, and leaves the request pending", async () => {
    const dept = await h.as(DEMO.dept);
    const { id } = await dept.accountRequests.create.mutate({ ...businessCase, handle: "@registered_meanwhile", platform: "x" });
    const admin = await h.as(DEMO.admin);
    await admin.accounts.register.mutate({ platform: "x", handle: "@Registered_Meanwhile", name: "Registered meanwhile" });
    const error = await errorOf(admin.accountRequests.approve.mutate({ id }));
    expect(error.code).toBe("CONFLICT");
    expect((await dept.accountRequests.get.query({ id })).state).toBe("pending");
  });

  it("lets only admins decide", async () => {
    const dept = await h.as(DEMO.dept);
    const { id } = await dept.accountRequests.create.mutate({ ...businessCase, handle: "@not_decided" });
    for (const email of [DEMO.dept, DEMO.comms]) {
      const client = await h.as(email);
      expect(await codeOf(client.accountRequests.approve.mutate({ id }))).toBe("FORBIDDEN");
      expect(await codeOf(client.accountRequests.decline.mutate({ id, reason: "no" }))).toBe("FORBIDDEN");
    }
    expect(await codeOf((await h.as(DEMO.brand)).accountRequests.create.mutate(businessCase))).toBe("FORBIDDEN");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsFor } from "../src/audit/repo.ts";
import { codeOf, createHarness, DEMO, errorOf, type Harness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

async function userId(email: string): Promise<string> {
  const admin = await h.as(DEMO.admin);
  const user = (await admin.users.list.query()).find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

describe("official accounts", () => {
  it("lists the demo accounts, one per platform, to every role", async () => {
    for (const email of Object.values(DEMO)) {
      const accounts = await (await h.as(email)).accounts.list.query();
      expect(accounts.map((a) => a.platform).sort()).toEqual(["bluesky", "facebook", "instagram", "linkedin", "mastodon", "x"]);
      for (const a of accounts) expect(a).toMatchObject({ id: expect.any(String), handle: expect.any(String), name: expect.any(String), status: "active" });
    }
  });

  it("tells comms officers which accounts they can publish to, and contributors none", async () => {
    expect((await (await h.as(DEMO.comms)).accounts.list.query()).every((a) => a.canPublish)).toBe(true);
    expect((await (await h.as(DEMO.dept)).accounts.list.query()).some((a) => a.canPublish)).toBe(false);
  });

  it("lets an admin register an account, audited", async () => {
    const admin = await h.as(DEMO.admin);
    const { id } = await admin.accounts.register.mutate({ platform: "mastodon", handle: "@maternity@nhs.social", name: "Maternity Services" });
    const account = await admin.accounts.get.query({ id });
    expect(account).toMatchObject({ platform: "mastodon", handle: "@maternity@nhs.social", status: "active", grants: [] });
    const events = await eventsFor(h.deps.db, "account", id);
    expect(events.map((e) => e.action)).toEqual(["account.registered"]);
    expect(events[0]!.actor_id).toBe(await userId(DEMO.admin));
  });

  it("refuses a second account with the same handle on the same platform, whatever the case", async () => {
    const admin = await h.as(DEMO.admin);
    const error = await errorOf(admin.accounts.register.mutate({ platform: "x", handle: "@demonhstrust", name: "Copy" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.fields?.handle).toMatch(/already registered/);
    // the same handle on another platform is a different account
    expect(await codeOf(admin.accounts.register.mutate({ platform: "linkedin", handle: "@demonhstrust", name: "Demo" }))).toBe("OK");
  });

  it("names each missing or bad field", async () => {
    const admin = await h.as(DEMO.admin);
    const error = await errorOf(admin.accounts.register.mutate({ platform: "myspace" as "x", handle: "has space", name: "" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["handle", "name", "platform"]);
    expect(error.fields?.name).toBe("Enter the account's display name.");
  });

  it("refuses registration to everyone but admins, at the API, saying why", async () => {
    for (const email of [DEMO.dept, DEMO.comms, DEMO.brand, DEMO.ig]) {
      const client = await h.as(email);
      const error = await errorOf(client.accounts.register.mutate({ platform: "x", handle: "@rogue", name: "Rogue" }));
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toBe("Your role does not allow you to register official accounts (NWL §5, CDDFT §4.3).");
    }
  });

  it("grants and revokes publishing rights for a comms officer", async () => {
    const admin = await h.as(DEMO.admin);
    const { id } = await admin.accounts.register.mutate({ platform: "bluesky", handle: "maternity.bsky.social", name: "Maternity" });
    const comms = await h.as(DEMO.comms);
    expect((await comms.accounts.list.query()).find((a) => a.id === id)?.canPublish).toBe(false);

    await admin.accounts.grant.mutate({ accountId: id, userId: await userId(DEMO.comms) });
    expect((await comms.accounts.list.query()).find((a) => a.id === id)?.canPublish).toBe(true);
    expect((await admin.accounts.get.query({ id })).grants.map((g) => g.email)).toEqual([DEMO.comms]);

    await admin.accounts.revoke.mutate({ accountId: id, userId: await userId(DEMO.comms) });
    expect((await comms.accounts.list.query()).find((a) => a.id === id)?.canPublish).toBe(false);
    expect((await eventsFor(h.deps.db, "account", id)).map((e) => e.action)).toEqual([
      "account.registered",
      "account.grant_added",
      "account.grant_removed",
    ]);
  });

  it("never grants a contributor, brand guardian or IG officer", async () => {
    const admin = await h.as(DEMO.admin);
    const [account] = await admin.accounts.list.query();
    for (const email of [DEMO.dept, DEMO.brand, DEMO.ig]) {
      const error = await errorOf(admin.accounts.grant.mutate({ accountId: account!.id, userId: await userId(email) }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.fields?.userId).toMatch(/Only communications officers can publish/);
    }
  });

  it("does not let a comms officer grant themselves", async () => {
    const comms = await h.as(DEMO.comms);
    const [account] = await comms.accounts.list.query();
    expect(await codeOf(comms.accounts.grant.mutate({ accountId: account!.id, userId: await userId(DEMO.comms) }))).toBe("FORBIDDEN");
  });

  it("pauses an account, and a paused account cannot be published to", async () => {
    const admin = await h.as(DEMO.admin);
    const account = (await admin.accounts.list.query()).find((a) => a.platform === "facebook")!;
    await admin.accounts.update.mutate({ id: account.id, status: "paused" });
    const comms = await h.as(DEMO.comms);
    expect((await comms.accounts.list.query()).find((a) => a.id === account.id)).toMatchObject({ status: "paused", canPublish: false });
    await admin.accounts.update.mutate({ id: account.id, status: "active" });
  });

  it("answers NOT_FOUND for an account that does not exist", async () => {
    const admin = await h.as(DEMO.admin);
    expect(await codeOf(admin.accounts.get.query({ id: "0000" }))).toBe("NOT_FOUND");
    expect(await codeOf(admin.accounts.update.mutate({ id: "0000", status: "paused" }))).toBe("NOT_FOUND");
  });
});

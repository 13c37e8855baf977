import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsFor } from "../src/audit/repo.ts";
import { StoredConnection } from "../src/connections/stored-connection.ts";
import { serveFake, type ServedFake } from "../src/fakes/serve.ts";
import { startWorker } from "../src/publisher/worker.ts";
import { cookieOf, type Client } from "./support/client.ts";
import { brandReady } from "./support/brand.ts";
import { approvedSubmission, BRIEF } from "./support/flow.ts";
import { landscape } from "./support/images.ts";
import { uploaded } from "./support/uploads.ts";
import { codeOf, createHarness, DEMO, errorOf, type Harness } from "./support/harness.ts";

let h: Harness;
let served: ServedFake;
let admin: Client;
let comms: Client;
let comms2: Client;
let dept: Client;
let accounts: { id: string; platform: string }[];
const account = (platform: string) => accounts.find((a) => a.platform === platform)!.id;

beforeAll(async () => {
  // Instagram's containers take a few status checks to be ready: a real platform's pace, not the sandbox's.
  h = await createHarness({ config: { worker: { inline: false, pollMs: 50, leaseMs: 40_000, publishTimeoutMs: 30_000, reconcileGraceMs: 1000 } } });
  // Real HTTP all the way: the platform fakes the demo mounts call back into this server.
  served = await serveFake(h.app);
  h.deps.config.publicUrl = served.url;
  [admin, comms, comms2, dept] = await Promise.all([h.as(DEMO.admin), h.as(DEMO.comms), h.as(DEMO.comms2), h.as(DEMO.dept)]);
  accounts = await admin.accounts.list.query();
});
afterAll(async () => {
  await served.close();
  await h.close();
});

/** Goes through a fake's sign-in page as a person would, and returns where it sends them back to. */
async function signInOnPage(authorizeUrl: string, fields: Record<string, string>): Promise<string> {
  const page = await fetch(authorizeUrl);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain("Gatehouse wants to post as");
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const form = new URLSearchParams();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) form.set(name!, value!.replace(/&amp;/g, "&"));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const consent = await fetch(action ? new URL(action.replace(/&amp;/g, "&"), authorizeUrl) : authorizeUrl, { method: "POST", body: form, redirect: "manual" });
  expect(consent.status).toBeGreaterThanOrEqual(300);
  return consent.headers.get("location")!;
}

const signInOnX = (authorizeUrl: string, username: string) => signInOnPage(authorizeUrl, { username, decision: "allow" });

async function callback(location: string, as: Client) {
  const res = await fetch(location, { headers: { cookie: cookieOf(as) }, redirect: "manual" });
  expect(res.status).toBe(303);
  return res.headers.get("location")!;
}

async function runWorker() {
  const worker = startWorker(h.deps, "connections-test");
  await worker.drain();
  await worker.stop();
}

describe("connecting an account through OAuth", () => {
  it("connects the X account to the X fake, keeps the tokens encrypted, and a post goes out through the real client", async () => {
    const x = account("x");
    const { authorizeUrl } = await admin.connections.startOAuth.mutate({ accountId: x, useFake: true });
    expect(authorizeUrl).toMatch(new RegExp(`^${served.url}/fakes/x/i/oauth2/authorize\\?`));
    const params = new URL(authorizeUrl).searchParams;
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("redirect_uri")).toBe(`${served.url}/api/oauth/callback`);

    const back = await signInOnX(authorizeUrl, "DemoNHSTrust");
    expect(back).toMatch(new RegExp(`^${served.url}/api/oauth/callback\\?`));
    expect(await callback(back, admin)).toBe(`/accounts/${x}?connected=1`);

    const connected = await admin.accounts.get.query({ id: x });
    expect(connected.connection).toMatchObject({ method: "oauth", state: "connected", usesFake: true, remoteHandle: "DemoNHSTrust", baseUrl: `${served.url}/fakes/x`, canDelete: true });
    expect(connected.connection.expiresAt).not.toBeNull();
    // The tokens are in the database only encrypted, and in no answer and no audit event.
    const token = (await new StoredConnection(h.deps, x, `${served.url}/fakes/x`).credentials()).accessToken;
    const row = await h.deps.db.selectFrom("account").select("credentials_enc").where("id", "=", x).executeTakeFirstOrThrow();
    expect(row.credentials_enc).not.toContain(token);
    expect(JSON.stringify(connected)).not.toContain(token);
    const events = await eventsFor(h.deps.db, "account", x);
    expect(events.map((e) => e.action)).toContain("account.connected");
    expect(JSON.stringify(events)).not.toContain(token);
    expect(h.logs.text()).not.toContain(token);

    // A replayed callback connects nothing.
    expect(decodeURIComponent(await callback(back, admin))).toContain("already been used");

    // Published through the client against the fake, with the fake's own post address.
    const submissionId = await approvedSubmission(dept, comms2, [x], `Our flu clinic opens on Tuesday ${Date.now()}.`);
    const post = await comms.posts.schedule.mutate({ submissionId, accountId: x, publishAt: new Date(h.clock.now().getTime() + 60_000).toISOString() });
    h.clock.advance(2 * 60_000);
    await runWorker();
    const published = await comms.posts.get.query({ id: post.id });
    expect(published.state).toBe("published");
    expect(published.remoteUrl).toBe(`${served.url}/fakes/x/DemoNHSTrust/status/${published.remoteId}`);
    const page = await fetch(published.remoteUrl!);
    expect(await page.text()).toContain("Our flu clinic opens on Tuesday");
  });

  it("refuses a sign-in as another X account, and lets only admins connect", async () => {
    const x = account("x");
    const { authorizeUrl } = await admin.connections.startOAuth.mutate({ accountId: x, useFake: true });
    const message = decodeURIComponent(await callback(await signInOnX(authorizeUrl, "SomeoneElse"), admin));
    expect(message).toMatch(new RegExp(`^/accounts/${x}\\?connectError=`));
    expect(message).toMatch(/SomeoneElse/);
    expect(await codeOf(comms.connections.startOAuth.mutate({ accountId: x, useFake: true }))).toBe("FORBIDDEN");
    expect(await codeOf(dept.connections.useSandbox.mutate({ accountId: x }))).toBe("FORBIDDEN");
  });

  it("will not finish a sign-in that someone else started", async () => {
    const other = await h.newUser("second.admin@demo.gatehouse.test", ["admin"]);
    const { authorizeUrl } = await admin.connections.startOAuth.mutate({ accountId: account("x"), useFake: true });
    const back = await signInOnX(authorizeUrl, "DemoNHSTrust");
    expect(decodeURIComponent(await callback(back, other))).toContain("started by someone else");
  });

  it("marks the account disconnected, and tells comms and the admins, when the platform refuses its tokens and refresh fails", async () => {
    const x = account("x");
    const connection = new StoredConnection(h.deps, x, `${served.url}/fakes/x`);
    const current = await connection.credentials();
    await connection.saveCredentials({ ...current, accessToken: "revoked-access", refreshToken: "revoked-refresh" });
    const submissionId = await approvedSubmission(dept, comms2, [x], `Visiting hours change on Monday ${Date.now()}.`);
    const post = await comms.posts.schedule.mutate({ submissionId, accountId: x, publishAt: new Date(h.clock.now().getTime() + 60_000).toISOString() });
    h.clock.advance(2 * 60_000);
    await runWorker();
    const failed = await comms.posts.get.query({ id: post.id });
    expect(failed.state).toBe("failed");
    const health = (await admin.accounts.get.query({ id: x })).connection;
    expect(health.state).toBe("disconnected");
    expect(health.lastError).toMatch(/reconnect/i);
    const told = async (who: Client) => (await who.notifications.list.query()).items.some((n) => n.kind === "account_disconnected");
    expect(await told(comms)).toBe(true);
    expect(await told(admin)).toBe(true);

    // Until someone reconnects it, new posts are refused at scheduling, with the reason, rather than failing one by one.
    const next = await approvedSubmission(dept, comms2, [x], `Parking at the main entrance reopens ${Date.now()}.`);
    const refused = await errorOf(comms.posts.schedule.mutate({ submissionId: next, accountId: x, publishAt: new Date(h.clock.now().getTime() + 60_000).toISOString() }));
    expect(refused.findings?.map((f) => f.rule)).toEqual(["gate.account.disconnected"]);
    expect(refused.findings?.[0]?.message).toMatch(/^X no longer accepts the account's sign-in\. An administrator must connect it again/);
  });

  it("goes back to the sandbox, forgetting the tokens", async () => {
    const x = account("x");
    await admin.connections.useSandbox.mutate({ accountId: x });
    const row = await h.deps.db.selectFrom("account").select(["connector", "credentials_enc", "base_url"]).where("id", "=", x).executeTakeFirstOrThrow();
    expect(row).toEqual({ connector: "sandbox", credentials_enc: null, base_url: null });
    expect((await admin.accounts.get.query({ id: x })).connection.state).toBe("sandbox");
  });
});

describe("Instagram through the Meta fake", () => {
  it("publishes a picture Instagram fetches from a signed link, and leaves its takedown to a person", async () => {
    const ig = account("instagram");
    const { authorizeUrl } = await admin.connections.startOAuth.mutate({ accountId: ig, useFake: true });
    expect(authorizeUrl).toMatch(new RegExp(`^${served.url}/fakes/meta/dialog/oauth[?]`));
    expect(await callback(await signInOnPage(authorizeUrl, { page_name: "DemoNHSTrust" }), admin)).toBe(`/accounts/${ig}?connected=1`);
    expect((await admin.accounts.get.query({ id: ig })).connection).toMatchObject({ state: "connected", remoteHandle: "demonhstrust", canDelete: false });

    const brand = await h.as(DEMO.brand);
    const assetId = await uploaded(h.app, dept, await landscape(1600, 1200, 7), "harbour.jpg");
    await dept.assets.declarePeople.mutate({ id: assetId, people: "none" });
    await brandReady(comms, brand, assetId, "The harbour at dusk, seen from the hospital's new wing");
    const { id: submissionId } = await dept.submissions.create.mutate({ title: "Harbour", brief: BRIEF, text: `A view from the new wing ${Date.now()}.`, targetAccountIds: [ig], assetIds: [assetId] });
    await dept.submissions.submit.mutate({ id: submissionId });
    await comms2.review.approve.mutate({ id: submissionId });
    const post = await comms.posts.schedule.mutate({ submissionId, accountId: ig, publishAt: new Date(h.clock.now().getTime() + 60_000).toISOString() });
    h.clock.advance(2 * 60_000);
    await runWorker();
    const published = await comms.posts.get.query({ id: post.id });
    expect(published.state, published.lastError ?? "").toBe("published");
    expect(published.remoteUrl).toMatch(new RegExp(`^${served.url}/fakes/meta/p/`));
    const shown = await (await fetch(published.remoteUrl!)).text();
    expect(shown).toContain("A view from the new wing");

    const refused = await errorOf(comms.posts.takedown.mutate({ id: post.id, reason: "The picture was used by mistake." }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toMatch(/Instagram app/);
    expect((await comms.posts.get.query({ id: post.id })).state).toBe("published");
  });
});

describe("connecting with an access token or an app password", () => {
  it("connects the Mastodon account with a token made on the instance, and refuses one for another account", async () => {
    const mastodon = account("mastodon");
    const mint = async (username: string) => {
      const page = await fetch(`${served.url}/fakes/mastodon/settings/applications`, { method: "POST", body: new URLSearchParams({ username }) });
      return /<code id="access-token">([^<]+)<\/code>/.exec(await page.text())![1]!;
    };
    const wrong = await errorOf(admin.connections.connectToken.mutate({ accountId: mastodon, baseUrl: `${served.url}/fakes/mastodon`, accessToken: await mint("someoneelse") }));
    expect(wrong.code).toBe("PRECONDITION_FAILED");
    expect(wrong.message).toMatch(/someoneelse/i);
    await admin.connections.connectToken.mutate({ accountId: mastodon, baseUrl: `${served.url}/fakes/mastodon`, accessToken: await mint("demonhstrust") });
    expect((await admin.accounts.get.query({ id: mastodon })).connection).toMatchObject({ method: "token", state: "connected", usesFake: true, expiresAt: null });
  });

  it("connects the Bluesky account with an app password, and the LinkedIn page through LinkedIn's sign-in", async () => {
    const bluesky = account("bluesky");
    await admin.connections.connectAppPassword.mutate({ accountId: bluesky, baseUrl: `${served.url}/fakes/bluesky`, identifier: "demonhstrust.bsky.social", password: "abcd-efgh-ijkl-mnop" });
    const health = (await admin.accounts.get.query({ id: bluesky })).connection;
    expect(health).toMatchObject({ method: "app_password", state: "connected", remoteHandle: "demonhstrust.bsky.social" });
    // The app password makes a new session whenever the refresh token runs out: no date to renew by.
    expect(health.renewBy).toBeNull();
    expect(health.expiresAt).not.toBeNull();

    const linkedin = account("linkedin");
    const { authorizeUrl } = await admin.connections.startOAuth.mutate({ accountId: linkedin, useFake: true });
    const back = await signInOnPage(authorizeUrl, { username: "pat-comms", organization: "demo-nhs-trust", decision: "allow" });
    expect(await callback(back, admin)).toBe(`/accounts/${linkedin}?connected=1`);
    expect((await admin.accounts.get.query({ id: linkedin })).connection).toMatchObject({ method: "oauth", state: "connected", remoteHandle: "demo-nhs-trust" });
  });

  it("refuses a server address that is not https, without saving anything", async () => {
    const bluesky = account("bluesky");
    const before = (await admin.accounts.get.query({ id: bluesky })).connection;
    const bad = await errorOf(admin.connections.connectAppPassword.mutate({ accountId: bluesky, baseUrl: "http://pds.example.org", identifier: "demonhstrust.bsky.social", password: "abcd-efgh-ijkl-mnop" }));
    expect(bad.fields?.baseUrl).toMatch(/https/);
    expect((await admin.accounts.get.query({ id: bluesky })).connection).toEqual(before);
  });
});

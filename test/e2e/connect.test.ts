import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { toLondon } from "../../packages/policy/src/index.ts";
import { BRIEF, call } from "./api.ts";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession({ WORKER_POLL_MS: "300" });

/** A landscape with no faces and no text: nothing for consent or screening to stop. */
async function landscape(): Promise<Buffer> {
  const width = 1600;
  const height = 900;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = 40 + Math.round((x / width) * 60);
      pixels[i + 1] = 120 + Math.round((y / height) * 80);
      pixels[i + 2] = 200 - Math.round((y / height) * 90);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

describe("connecting an account to a platform", () => {
  it("connects the X account to the local X fake through its sign-in screens, then a post with a picture goes out there", async () => {
    const url = session.server.url;
    const admin = session.page;
    await signIn(admin, url, "admin@demo.gatehouse.test");
    const accounts = await call<{ id: string; platform: string; handle: string }[]>(admin, url, "accounts.list", undefined, "query");
    const x = accounts.find((a) => a.platform === "x")!;

    // The admin chooses the local fake, signs in on its page and allows Gatehouse.
    await admin.goto(`${url}/accounts/${x.id}`);
    await admin.getByText("Built-in sandbox").first().waitFor();
    await admin.getByLabel("Gatehouse's local X fake").check();
    await admin.getByRole("button", { name: "Connect to X" }).click();
    await admin.waitForURL(/\/fakes\/x\/i\/oauth2\/authorize/);
    await admin.getByText(/Gatehouse wants to post as/).waitFor();
    await admin.getByLabel(/username/i).fill("DemoNHSTrust");
    await admin.getByRole("button", { name: "Authorize app" }).click();

    // Back on the account's page, connected, with the token's expiry shown.
    await admin.waitForURL(new RegExp(`/accounts/${x.id}\\?connected=1`));
    await admin.getByText("Connected to X as @DemoNHSTrust.").waitFor();
    const account = await call<{ connection: { state: string; usesFake: boolean; expiresAt: string | null; remoteHandle: string } }>(admin, url, "accounts.get", { id: x.id }, "query");
    expect(account.connection).toMatchObject({ state: "connected", usesFake: true, remoteHandle: "DemoNHSTrust" });
    expect(new Date(account.connection.expiresAt!).getTime()).toBeGreaterThan(Date.now());

    // A contributor brings a picture and submits it; the brand guardian approves the picture.
    const dept = await session.newPerson();
    const brand = await session.newPerson();
    const comms = await session.newPerson();
    await signIn(dept, url, "dept@demo.gatehouse.test");
    await signIn(brand, url, "brand@demo.gatehouse.test");
    await signIn(comms, url, "comms@demo.gatehouse.test");
    const uploaded = await dept.request.post(`${url}/api/assets`, { multipart: { file: { name: "harbour.jpg", mimeType: "image/jpeg", buffer: await landscape() } } });
    expect(uploaded.status()).toBe(201);
    const assetId = ((await uploaded.json()) as { id: string }).id;
    const altText = "The hospital's new flu clinic seen from the harbour at dusk";
    await call(dept, url, "assets.declarePeople", { id: assetId, people: "none" });
    await call(dept, url, "assets.update", { id: assetId, classification: "OFFICIAL", tags: ["Flu"], altText });
    await call(brand, url, "brand.approveAsset", { id: assetId });
    const text = `The flu clinic is open on Tuesdays. Walk in, no appointment needed. ${Date.now()}`;
    const { id: submissionId } = await call<{ id: string }>(dept, url, "submissions.create", { title: "Flu clinic", brief: BRIEF, text, targetAccountIds: [x.id], assetIds: [assetId] });
    await call(dept, url, "submissions.submit", { id: submissionId });

    // The comms officer approves it and schedules it to X for the next minute, seeing how it will look there.
    const target = `X – ${x.handle}`;
    await comms.goto(`${url}/review/${submissionId}`);
    await comms.getByRole("button", { name: "Approve", exact: true }).click();
    await comms.getByText("Submission approved").waitFor();
    await comms.getByRole("heading", { name: /How it will look on X/ }).first().waitFor();
    const when = toLondon(new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000));
    const group = comms.getByRole("group", { name: `When to publish to ${target}` });
    await group.getByLabel("Date").fill(when.date);
    await group.getByLabel("Time").fill(when.time);
    await comms.getByRole("button", { name: `Schedule for ${target}` }).click();
    await comms.getByText(new RegExp(`Scheduled for ${target}`)).waitFor();
    await comms.getByRole("link", { name: "View the post" }).first().click();
    const postId = /\/posts\/([^/?#]+)/.exec(comms.url())![1]!;

    // It goes out through the X client to the fake, and the post page links to the fake's copy.
    let published = await call<{ state: string; remoteUrl: string; remoteId: string; lastError: string | null }>(comms, url, "posts.get", { id: postId }, "query");
    for (let waited = 0; ["scheduled", "publishing"].includes(published.state) && waited < 120_000; waited += 1000) {
      await new Promise((r) => setTimeout(r, 1000));
      published = await call(comms, url, "posts.get", { id: postId }, "query");
    }
    expect(published.state, published.lastError ?? "").toBe("published");
    expect(published.remoteUrl).toBe(`${url}/fakes/x/DemoNHSTrust/status/${published.remoteId}`);
    await comms.reload();
    await comms.getByText("Published", { exact: true }).first().waitFor();
    const view = comms.getByRole("link", { name: "View on X" });
    expect(await view.getAttribute("href")).toBe(published.remoteUrl);
    await view.click();
    await comms.getByText(text).waitFor();
    const image = comms.getByRole("img", { name: altText });
    await comms.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, await image.elementHandle());
  }, 240_000);

  it("connects the Mastodon account with a token made on the instance, and the Bluesky account with an app password, from their pages", async () => {
    const url = session.server.url;
    const admin = session.page;
    await signIn(admin, url, "admin@demo.gatehouse.test");
    const accounts = await call<{ id: string; platform: string }[]>(admin, url, "accounts.list", undefined, "query");

    // Mastodon: the admin makes a token on the instance's page, then pastes it on the account's page.
    await admin.goto(`${url}/fakes/mastodon/settings/applications`);
    await admin.getByLabel("Username").fill("demonhstrust");
    await admin.getByRole("button", { name: "Submit" }).click();
    const token = await admin.locator("#access-token").innerText();
    await admin.goto(`${url}/accounts/${accounts.find((a) => a.platform === "mastodon")!.id}`);
    await admin.getByRole("button", { name: "Use Gatehouse's local Mastodon fake" }).click();
    await admin.getByLabel("Access token").fill("not-a-real-token");
    await admin.getByRole("button", { name: "Connect to Mastodon" }).click();
    await admin.getByText(/Mastodon did not accept this access token/).first().waitFor();
    await admin.getByLabel("Access token").fill(token);
    await admin.getByRole("button", { name: "Connect to Mastodon" }).click();
    await admin.getByText(/Connected to Mastodon\. Gatehouse checked the token/).waitFor();
    const mastodon = await call<{ connection: { state: string; usesFake: boolean } }>(admin, url, "accounts.get", { id: accounts.find((a) => a.platform === "mastodon")!.id }, "query");
    expect(mastodon.connection).toMatchObject({ state: "connected", usesFake: true });

    // Bluesky: the PDS address, the handle and an app password.
    await admin.goto(`${url}/accounts/${accounts.find((a) => a.platform === "bluesky")!.id}`);
    await admin.getByRole("button", { name: "Use Gatehouse's local Bluesky fake" }).click();
    await admin.getByLabel("App password").fill("abcd-efgh-ijkl-mnop");
    await admin.getByRole("button", { name: "Connect to Bluesky" }).click();
    await admin.getByText(/Connected to Bluesky\. Gatehouse signed in with the app password/).waitFor();
    const bluesky = await call<{ connection: { state: string; remoteHandle: string } }>(admin, url, "accounts.get", { id: accounts.find((a) => a.platform === "bluesky")!.id }, "query");
    expect(bluesky.connection).toMatchObject({ state: "connected", remoteHandle: "demonhstrust.bsky.social" });
  });
});

import { logoBox, RENDITIONS, type BrandKitLayout } from "@gatehouse/policy";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eventsFor } from "../src/audit/repo.ts";
import { startWorker, type Worker } from "../src/publisher/worker.ts";
import { cookieOf, type Client } from "./support/client.ts";
import { brandReady } from "./support/brand.ts";
import { BRIEF } from "./support/flow.ts";
import { codeOf, createHarness, DEMO, errorOf, type Harness } from "./support/harness.ts";
import { distinctPicture } from "./support/images.ts";
import { fetchAs, upload, uploaded } from "./support/uploads.ts";

let h: Harness;
let dept: Client;
let comms: Client;
let comms2: Client;
let brand: Client;
let admin: Client;
let accounts: { id: string; platform: string }[];
let worker: Worker | null = null;

beforeAll(async () => {
  h = await createHarness();
  accounts = await (await h.as(DEMO.dept)).accounts.list.query();
}, 60_000);
beforeEach(async () => {
  [dept, comms, comms2, brand, admin] = await Promise.all([h.as(DEMO.dept), h.as(DEMO.comms), h.as(DEMO.comms2), h.as(DEMO.brand), h.as(DEMO.admin)]);
});
afterEach(async () => {
  await worker?.stop();
  worker = null;
});
afterAll(async () => h.close());

const account = (platform: string) => accounts.find((a) => a.platform === platform)!.id;
const inMinutes = (m: number) => new Date(h.clock.now().getTime() + m * 60_000).toISOString();

async function sendLogo(client: Client, bytes: Buffer, name: string, accountId?: string) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), name);
  if (accountId) form.append("accountId", accountId);
  const res = await h.app.request("http://gatehouse.test/api/brand/logo", { method: "POST", body: form, headers: { cookie: cookieOf(client) } });
  return { status: res.status, body: (await res.json()) as { id: string; version: number; error?: { code: string; message: string } } };
}

/** A pure red logo, 400 x 200: easy to find in a white picture. */
const redLogo = () => sharp({ create: { width: 400, height: 200, channels: 4, background: { r: 230, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
const whitePhoto = () => sharp({ create: { width: 2400, height: 1800, channels: 3, background: "#ffffff" } }).jpeg().toBuffer();

async function pixel(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data } = await sharp(image).extract({ left: Math.round(x), top: Math.round(y), width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return [data[0]!, data[1]!, data[2]!];
}
const isRed = ([r, g, b]: [number, number, number]) => r > 180 && g < 70 && b < 70;
const isWhite = ([r, g, b]: [number, number, number]) => r > 225 && g > 225 && b > 225;

async function rendition(path: string): Promise<Buffer> {
  const res = await fetchAs(h.app, comms, path);
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe("the brand kit", () => {
  it("starts the demo with NHS colours and a placement, waiting for a logo, and the organisation's tags", async () => {
    const { kit } = await brand.brand.kit.query();
    expect(kit).toMatchObject({ version: 1, logo: null, layout: { corner: "bottom-right" } });
    expect(kit!.colours["NHS Blue"]).toBe("#005EB8");
    expect((await dept.brand.settings.query()).taxonomy).toContain("Flu");
  });

  it("takes a logo from a brand guardian, as a new version, and shows it on the preview", async () => {
    expect((await sendLogo(dept, await redLogo(), "logo.png")).status).toBe(403);
    const res = await sendLogo(brand, await redLogo(), "trust-logo.png");
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(2);
    const logo = await fetchAs(h.app, dept, `/api/brand/kits/${res.body.id}/logo`);
    expect([logo.status, logo.headers.get("content-type")]).toEqual([200, "image/png"]);
    const preview = await rendition(`/api/brand/kits/${res.body.id}/preview/x`);
    const box = logoBox({ width: 1600, height: 900 }, (await brand.brand.kit.query()).kit!.layout, { width: 400, height: 200 })!;
    expect(isRed(await pixel(preview, box.left + box.width / 2, box.top + box.height / 2))).toBe(true);
    const events = await eventsFor(h.deps.db, "brand_kit", res.body.id);
    expect(events.map((e) => e.action)).toEqual(["brand.kit_changed"]);
  });

  it("refuses a logo that is not an image, an SVG with script or outside references, and a logo that cannot fit", async () => {
    const before = (await brand.brand.kit.query()).kit!.version;
    const cases: [Buffer, string, number, string][] = [
      [Buffer.from("Our logo is in the shared drive"), "logo.txt", 415, "NOT_AN_IMAGE"],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>'), "logo.svg", 400, "UNSAFE_SVG"],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://evil.example/x.png" width="10" height="10"/></svg>'), "remote.svg", 400, "UNSAFE_SVG"],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'), "handler.svg", 400, "UNSAFE_SVG"],
      [await sharp({ create: { width: 30, height: 15, channels: 4, background: "#005EB8" } }).png().toBuffer(), "tiny.png", 400, "BAD_REQUEST"],
    ];
    for (const [bytes, name, status, code] of cases) {
      const res = await sendLogo(brand, bytes, name);
      expect([res.status, res.body.error?.code], name).toEqual([status, code]);
    }
    const layout = (await brand.brand.kit.query()).kit!.layout;
    // A minimum wider than the logo file would mean enlarging it.
    const enlarged = await errorOf(brand.brand.updateKit.mutate({ layout: { ...layout, minWidth: 600 }, colours: { "NHS Blue": "#005EB8" } }));
    expect(enlarged.code).toBe("BAD_REQUEST");
    expect(enlarged.fields).toHaveProperty("logo");
    // A tall logo at its minimum size, with wide clear space, is larger than the smallest platform picture.
    const tall = await sendLogo(brand, await sharp({ create: { width: 600, height: 900, channels: 4, background: "#005EB8" } }).png().toBuffer(), "tall.png");
    expect(tall.status).toBe(201);
    const tooBig = await errorOf(brand.brand.updateKit.mutate({ layout: { ...layout, minWidth: 500, margin: 0.15 }, colours: {} }));
    expect(tooBig.fields).toHaveProperty("size");
    expect(tooBig.message).toContain("larger than");
    const unreadable = await errorOf(brand.brand.updateKit.mutate({ layout: { ...layout, strap: { text: "Demo NHS Trust", textColour: "#FFB81C", background: "#FFFFFF" } }, colours: {} }));
    expect(unreadable.fields).toHaveProperty("strapColours");
    expect((await brand.brand.kit.query()).kit!.version).toBe(before + 1);
    // A plain SVG is drawn safely into a PNG.
    const svg = await sendLogo(brand, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120"><rect width="300" height="120" fill="#005EB8"/><circle cx="60" cy="60" r="40" fill="#FFFFFF"/></svg>'), "nhs.svg");
    expect(svg.status).toBe(201);
    const drawn = await fetchAs(h.app, brand, `/api/brand/kits/${svg.body.id}/logo`);
    expect((await sharp(Buffer.from(await drawn.arrayBuffer())).metadata()).format).toBe("png");
    // Back to the red logo for the rendition tests.
    expect((await sendLogo(brand, await redLogo(), "trust-logo.png")).status).toBe(201);
  });

  it("puts the logo where the kit says in every platform size, and a kit change makes new renditions while a published post keeps its version", async () => {
    const assetId = await uploaded(h.app, dept, await whitePhoto(), "white-wall.jpg");
    await dept.assets.declarePeople.mutate({ id: assetId, people: "none" });
    const kit = (await brand.brand.kit.query()).kit!;
    expect(kit.logo).not.toBeNull();
    for (const spec of RENDITIONS.filter((r) => r.platform !== null)) {
      const image = await rendition(`/api/assets/${assetId}/${spec.name}`);
      const { width, height } = await sharp(image).metadata();
      const box = logoBox({ width, height }, kit.layout, { width: 400, height: 200 })!;
      expect(isRed(await pixel(image, Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2))), spec.name).toBe(true);
      expect(isRed(await pixel(image, box.left + 2, box.top + 2)), `${spec.name} logo's own corner`).toBe(true);
      expect(isWhite(await pixel(image, box.left - 3, box.top - 3)), `${spec.name} clear space`).toBe(true);
      expect(isWhite(await pixel(image, 5, 5)), `${spec.name} far corner`).toBe(true);
    }
    // The preview and the thumbnail are for people choosing pictures: no logo.
    expect(isWhite(await pixel(await rendition(`/api/assets/${assetId}/preview`), 1590, 1190))).toBe(true);

    await brandReady(comms, brand, assetId, "A plain white wall in the new clinic");
    const { id: submissionId } = await dept.submissions.create.mutate({ title: "Wall", brief: BRIEF, text: "The new clinic is ready.", targetAccountIds: [account("x")], assetIds: [assetId] });
    await dept.submissions.submit.mutate({ id: submissionId });
    await comms2.review.approve.mutate({ id: submissionId });
    const post = await comms.posts.schedule.mutate({ submissionId, accountId: account("x"), publishAt: inMinutes(1) });
    h.clock.advance(60_000);
    worker = startWorker(h.deps, "brand-test");
    await worker.drain();
    comms = await h.as(DEMO.comms);
    const published = await comms.posts.get.query({ id: post.id });
    expect(published).toMatchObject({ state: "published", kitId: kit.id });
    const feed = await comms.sandbox.feed.query({ accountId: account("x") });
    const sent = await rendition(feed.posts.find((p) => p.text === "The new clinic is ready.")!.media[0]!.url);
    const sentBox = logoBox({ width: 1600, height: 900 }, kit.layout, { width: 400, height: 200 })!;
    expect(isRed(await pixel(sent, sentBox.left + 10, sentBox.top + 10))).toBe(true);

    const moved: BrandKitLayout = { ...kit.layout, corner: "top-left" };
    const next = await brand.brand.updateKit.mutate({ layout: moved, colours: kit.colours });
    expect(next.version).toBe(kit.version + 1);
    const now = await rendition(`/api/assets/${assetId}/x`);
    const topLeft = logoBox({ width: 1600, height: 900 }, moved, { width: 400, height: 200 })!;
    expect(isRed(await pixel(now, topLeft.left + 10, topLeft.top + 10))).toBe(true);
    expect(isWhite(await pixel(now, sentBox.left + 10, sentBox.top + 10))).toBe(true);
    // The published post still shows, and records, the version it went out with.
    const after = await comms.posts.get.query({ id: post.id });
    expect(after.kitId).toBe(kit.id);
    const kept = await rendition(after.pictures[0]!.url);
    expect(isRed(await pixel(kept, sentBox.left + 10, sentBox.top + 10))).toBe(true);
    await brand.brand.updateKit.mutate({ layout: kit.layout, colours: kit.colours });
  });
});

describe("brand review", () => {
  it("takes a credited photo from finding, through rejection and a fixed caption, to approval and scheduling", async () => {
    const credited = await sharp(await distinctPicture(41, 1600, 1200)).withExif({ IFD0: { Artist: "Jane Smith", Copyright: "Jane Smith Photography" } }).jpeg().toBuffer();
    const res = await upload(h.app, dept, credited, "launch.jpg");
    const id = res.body.id;
    await dept.assets.declarePeople.mutate({ id, people: "none" });
    const described = await dept.assets.update.mutate({ id, caption: "The launch of the new clinic. Photo by Jane Smith", altText: "Ribbon cutting at the new clinic entrance", classification: "OFFICIAL", tags: ["Events"] });
    expect(described.findings.map((f) => [f.rule, f.severity])).toEqual(
      expect.arrayContaining([
        ["brand.credit.caption", "block"],
        ["brand.credit.metadata-artist", "warn"],
      ]),
    );

    expect(await codeOf(dept.brand.approveAsset.mutate({ id }))).toBe("FORBIDDEN");
    expect(await codeOf(comms.brand.rejectAsset.mutate({ id, reason: "x" }))).toBe("FORBIDDEN");
    const refused = await errorOf(brand.brand.approveAsset.mutate({ id }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.findings!.map((f) => f.rule)).toEqual(["brand.credit.caption"]);
    expect(await codeOf(brand.brand.rejectAsset.mutate({ id, reason: " " }))).toBe("BAD_REQUEST");
    expect((await brand.brand.queue.query()).find((a) => a.id === id)).toMatchObject({ blocking: 1, warnings: 2 });
    expect(await brand.brand.rejectAsset.mutate({ id, reason: "Remove the photographer's credit from the caption: official pictures are never credited." })).toEqual({ id, brandState: "rejected" });
    const told = await dept.notifications.list.query();
    expect(told.items[0]!.text).toContain("Remove the photographer's credit");
    expect((await dept.assets.get.query({ id })).brandReview).toMatchObject({ state: "rejected", reason: expect.stringContaining("credit") });

    await dept.assets.update.mutate({ id, caption: "The launch of the new clinic." });
    expect((await dept.assets.get.query({ id })).brandState).toBe("pending");
    expect(await brand.brand.approveAsset.mutate({ id })).toEqual({ id, brandState: "approved" });
    // Saving the same details again changes nothing, so the approval stands.
    await comms.assets.update.mutate({ id, caption: "The launch of the new clinic.", classification: "OFFICIAL", tags: ["Events"] });
    expect((await comms.assets.get.query({ id })).brandState).toBe("approved");
    expect((await eventsFor(h.deps.db, "asset", id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["asset.brand_rejected", "asset.brand_approved"]),
    );

    const { id: submissionId } = await dept.submissions.create.mutate({ title: "Launch", brief: BRIEF, text: "Our new clinic is open.", targetAccountIds: [account("facebook")], assetIds: [id] });
    await dept.submissions.submit.mutate({ id: submissionId });
    await comms2.review.approve.mutate({ id: submissionId });
    expect(await codeOf(comms.posts.schedule.mutate({ submissionId, accountId: account("facebook"), publishAt: inMinutes(60) }))).toBe("OK");
  });

  it("never schedules a picture awaiting review, and never one labelled OFFICIAL-SENSITIVE", async () => {
    const id = await uploaded(h.app, dept, await distinctPicture(42), "board-papers.jpg");
    await dept.assets.declarePeople.mutate({ id, people: "none" });
    await dept.assets.update.mutate({ id, altText: "A stack of board papers on a desk", classification: "OFFICIAL", tags: ["Estates"] });
    const { id: submissionId } = await dept.submissions.create.mutate({ title: "Board", brief: BRIEF, text: "Our board meets in public on Thursday.", targetAccountIds: [account("linkedin")], assetIds: [id] });
    await dept.submissions.submit.mutate({ id: submissionId });
    await comms2.review.approve.mutate({ id: submissionId });
    const pending = await errorOf(comms.posts.schedule.mutate({ submissionId, accountId: account("linkedin"), publishAt: inMinutes(60) }));
    expect(pending.findings!.map((f) => f.rule)).toEqual(["brand.review.pending"]);

    await brand.brand.approveAsset.mutate({ id });
    await comms.assets.update.mutate({ id, classification: "OFFICIAL-SENSITIVE" });
    const sensitive = await errorOf(comms.posts.schedule.mutate({ submissionId, accountId: account("linkedin"), publishAt: inMinutes(60) }));
    expect(sensitive.findings!.map((f) => f.rule)).toEqual(["brand.review.pending", "brand.classification.sensitive"]);
    const approval = await errorOf(brand.brand.approveAsset.mutate({ id }));
    expect(approval.findings!.map((f) => f.rule)).toEqual(["brand.classification.sensitive"]);
    // A new submission with it cannot even be sent to the communications team.
    const { id: again } = await dept.submissions.create.mutate({ title: "Board 2", brief: BRIEF, text: "Board papers are online.", targetAccountIds: [account("linkedin")], assetIds: [id] });
    expect((await errorOf(dept.submissions.submit.mutate({ id: again }))).findings!.map((f) => f.rule)).toEqual(["brand.classification.sensitive"]);
  });

  it("refuses a label outside the list, empty and overlong alt text, with nothing half-saved", async () => {
    const id = await uploaded(h.app, dept, await distinctPicture(43), "label.jpg");
    for (const [change, field] of [
      [{ classification: "SECRET" }, "classification"],
      [{ altText: "   " }, "altText"],
      [{ altText: "x".repeat(5000) }, "altText"],
    ] as const) {
      const refused = await errorOf(dept.assets.update.mutate({ id, caption: "Should not be saved", ...(change as object) }));
      expect(refused.code, field).toBe("BAD_REQUEST");
      expect(refused.fields, field).toHaveProperty(field);
    }
    expect((await dept.assets.get.query({ id })).caption).toBe("");
    const badLabel = await h.app.request("http://gatehouse.test/api/assets", {
      method: "POST",
      headers: { cookie: cookieOf(dept) },
      body: (() => {
        const form = new FormData();
        form.append("classification", "TOP SECRET");
        form.append("file", new Blob([new Uint8Array(Buffer.from("x"))]), "x.jpg");
        return form;
      })(),
    });
    expect(badLabel.status).toBe(400);
  });

  it("takes a label, tags, caption and alt text with the upload, and finds pictures by them", async () => {
    const form = new FormData();
    form.append("classification", "OFFICIAL");
    form.append("tags", "Recruitment, Our people");
    form.append("altText", "A nurse at a recruitment stand");
    form.append("caption", "Join our nursing team");
    form.append("file", new Blob([new Uint8Array(await distinctPicture(44))], { type: "image/jpeg" }), "recruit.jpg");
    const res = await h.app.request("http://gatehouse.test/api/assets", { method: "POST", body: form, headers: { cookie: cookieOf(dept) } });
    expect(res.status).toBe(201);
    const asset = (await res.json()) as { id: string; classification: string; tags: string[]; altText: string };
    expect(asset).toMatchObject({ classification: "OFFICIAL", tags: ["Recruitment", "Our people"], altText: "A nurse at a recruitment stand" });
    expect((await comms.assets.list.query({ tag: "our people" })).map((a) => a.id)).toEqual([asset.id]);
    expect((await comms.assets.list.query({ classification: "OFFICIAL", brandState: "pending" })).map((a) => a.id)).toContain(asset.id);
    expect((await comms.assets.list.query({ classification: "OFFICIAL-SENSITIVE" })).map((a) => a.id)).not.toContain(asset.id);
    expect(await codeOf(admin.brand.updateSettings.mutate({ organisationName: "Demo NHS Trust", taxonomy: ["Flu", "Recruitment", "Our people", "Events", "Estates"] }))).toBe("OK");
    expect(await codeOf(dept.brand.updateSettings.mutate({ organisationName: "Mine", taxonomy: [] }))).toBe("FORBIDDEN");
  });
});

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsFor } from "../src/audit/repo.ts";
import { cookieOf, type Client } from "./support/client.ts";
import { createHarness, DEMO, errorOf, codeOf, type Harness } from "./support/harness.ts";
import { facePhoto, jpegMetadataSegments, landscape, twoPeople, whiteboard, withGpsAndCredit } from "./support/images.ts";
import { fetchAs, upload, uploaded } from "./support/uploads.ts";

let h: Harness;
/** The people and consent findings, leaving the brand checks to brand.test.ts. */
const mediaRules = (findings: { rule: string }[]) => findings.map((f) => f.rule).filter((r) => r.startsWith("media."));
let dept: Client;
let comms: Client;
let ig: Client;
let brand: Client;
let other: Client;

beforeAll(async () => {
  h = await createHarness();
  [dept, comms, ig, brand] = await Promise.all([h.as(DEMO.dept), h.as(DEMO.comms), h.as(DEMO.ig), h.as(DEMO.brand)]);
  other = h.anonymous();
}, 60_000);
afterAll(async () => h.close());

describe("uploading a photo", () => {
  it("sanitises it: renditions carry no EXIF, GPS, XMP, IPTC or ICC, and the credit is kept as a fact", async () => {
    const original = await withGpsAndCredit(await landscape(2400, 1600));
    expect(jpegMetadataSegments(original)).toContain("exif");
    const res = await upload(h.app, dept, original, "beach.jpg");
    expect(res.status).toBe(201);
    const asset = await dept.assets.get.query({ id: res.body.id });
    expect(asset).toMatchObject({ state: "ready", width: 2400, height: 1600, people: null, brandState: "pending", classification: null });
    expect(asset.metadata).toMatchObject({ artist: "Jane Smith", copyright: "Jane Smith Photography Ltd", gps: true, camera: "Canon EOS R6" });
    expect(asset.renditions.map((r) => r.name)).toEqual(["preview", "thumbnail", "x", "instagram-square", "instagram-portrait", "facebook", "linkedin", "mastodon", "bluesky"]);
    for (const r of asset.renditions) {
      const served = await fetchAs(h.app, dept, r.url);
      expect(served.status, r.name).toBe(200);
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(jpegMetadataSegments(bytes), r.name).toEqual([]);
      expect(bytes.includes(Buffer.from("Jane Smith")), r.name).toBe(false);
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height, meta.exif, meta.icc, meta.xmp], r.name).toEqual([r.width, r.height, undefined, undefined, undefined]);
    }
    expect(asset.renditions.find((r) => r.name === "x")).toMatchObject({ width: 1600, height: 900, platform: "x" });
    expect(asset.renditions.find((r) => r.name === "instagram-portrait")).toMatchObject({ width: 1080, height: 1350 });
  });

  it("finds the faces in a photo of people, and none in a landscape", async () => {
    const people = await dept.assets.get.query({ id: await uploaded(h.app, dept, await twoPeople(), "two.jpg") });
    expect(people.faceCount).toBe(2);
    expect(people.faces).toHaveLength(2);
    for (const f of people.faces) expect(f.score).toBeGreaterThan(0.5);
    expect(mediaRules(people.findings)).toEqual(["media.people.undeclared"]);
    const four = await dept.assets.get.query({ id: await uploaded(h.app, dept, facePhoto("sample4.jpg"), "team.jpg") });
    expect(four.faceCount).toBe(4);
    const none = await dept.assets.get.query({ id: await uploaded(h.app, dept, await landscape(), "hills.jpg") });
    expect(none.faceCount).toBe(0);
  });

  it("takes an iPhone's HEIC like any other photo", async () => {
    const res = await upload(h.app, dept, facePhoto("two-people.heic"), "IMG_0042.HEIC", "image/heic");
    expect(res.status).toBe(201);
    const asset = await dept.assets.get.query({ id: res.body.id });
    expect(asset).toMatchObject({ type: "heic", width: 800, height: 600, faceCount: 2 });
    const preview = Buffer.from(await (await fetchAs(h.app, dept, asset.renditions[0]!.url)).arrayBuffer());
    expect((await sharp(preview).metadata()).format).toBe("jpeg");
  });

  it("reads the text on a whiteboard and finds the patients named on it", async () => {
    const board = await dept.assets.get.query({ id: await uploaded(h.app, dept, await whiteboard(), "ward7.jpg") });
    expect(board.textFound).toContain("John Smith");
    const categories = board.findings.map((f) => f.category);
    expect(categories).toContain("pii.patient_identity");
    expect(categories).toContain("pii.nhs_number");
    expect(board.findings.find((f) => f.category === "pii.nhs_number")!.severity).toBe("block");
  });

  it("refuses faces declared as nobody, and accepts an honest declaration", async () => {
    const id = await uploaded(h.app, dept, await twoPeople(), "staff.jpg");
    const none = await dept.assets.declarePeople.mutate({ id, people: "none" });
    expect(mediaRules(none.findings)).toEqual(["media.people.faces-declared-none"]);
    expect(await codeOf(dept.assets.declarePeople.mutate({ id, people: "public_incidental" }))).toBe("BAD_REQUEST");
    const honest = await dept.assets.declarePeople.mutate({ id, people: "identifiable" });
    expect(mediaRules(honest.findings)).toEqual([]);
    const audit = await eventsFor(h.deps.db, "asset", id);
    expect(audit.map((e) => e.action)).toEqual(["asset.uploaded", "asset.people_declared", "asset.people_declared"]);
  });

  it("keeps pictures to their uploader and the library's keepers, in the API and at the media URL", async () => {
    const id = await uploaded(h.app, dept, await landscape(800, 600), "private.jpg");
    const secondContributor = await h.newUser("sam.other@demo.gatehouse.test", ["contributor"], "Estates");
    expect(await codeOf(comms.assets.get.query({ id }))).toBe("OK");
    expect(await codeOf(ig.assets.get.query({ id }))).toBe("OK");
    expect(await codeOf(brand.assets.get.query({ id }))).toBe("OK");
    expect((await fetchAs(h.app, other, `/api/assets/${id}/preview`)).status).toBe(401);
    expect(await codeOf(secondContributor.assets.get.query({ id }))).toBe("NOT_FOUND");
    expect((await fetchAs(h.app, secondContributor, `/api/assets/${id}/preview`)).status).toBe(404);
    expect((await fetchAs(h.app, dept, `/api/assets/${id}/preview`)).status).toBe(200);
    // There is no route to the original, only to its sanitised renditions.
    expect((await fetchAs(h.app, dept, `/api/assets/${id}/original`)).status).toBe(404);
    expect((await secondContributor.assets.list.query()).map((a) => a.id)).not.toContain(id);
    expect((await dept.assets.list.query()).map((a) => a.id)).toContain(id);
  });

  it("moves every crop when a person sets the focal point", async () => {
    const id = await uploaded(h.app, dept, await landscape(2000, 1000), "wide.jpg");
    const first = await fetchAs(h.app, dept, `/api/assets/${id}/instagram-square`);
    const before = Buffer.from(await first.arrayBuffer());
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const revalidated = await h.app.request(`http://gatehouse.test/api/assets/${id}/instagram-square`, { headers: { cookie: cookieOf(dept), "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    await dept.assets.update.mutate({ id, focalPoint: { x: 0.05, y: 0.5 }, caption: "Hills above the hospital", altText: "Green hills under a blue sky" });
    const moved = await h.app.request(`http://gatehouse.test/api/assets/${id}/instagram-square`, { headers: { cookie: cookieOf(dept), "if-none-match": etag } });
    expect(moved.status).toBe(200);
    const after = Buffer.from(await moved.arrayBuffer());
    expect(after.equals(before)).toBe(false);
    const asset = await dept.assets.get.query({ id });
    expect(asset).toMatchObject({ focalPoint: { x: 0.05, y: 0.5 }, caption: "Hills above the hospital", altText: "Green hills under a blue sky" });
    expect((await errorOf(dept.assets.update.mutate({ id, altText: "x".repeat(5000) }))).code).toBe("BAD_REQUEST");
  });
});

import type { Hono } from "hono";
import sharp from "sharp";
import { fakeBase } from "../recorder.ts";
import { withFaults, type FaultQueue } from "./faults.ts";
import { bearerMember, restliError, type LinkedInEnv } from "./restli.ts";
import type { FakeImage, LinkedInState } from "./state.ts";

/** LinkedIn's documented cap: an image must have fewer pixels than this. */
export const MAX_PIXELS = 36_152_320;
const FORMATS = new Set(["jpeg", "png", "gif"]);
const UPLOAD_URL_SECONDS = 24 * 60 * 60;

/*
 * What LinkedIn's processing decides about the uploaded bytes. Whether a bad image fails at
 * the upload or in processing is not documented; the fake fails it in processing, which the
 * client must handle either way.
 */
async function process(image: FakeImage, bytes: Buffer, contentType: string | undefined): Promise<void> {
  image.bytes = bytes;
  image.contentType = contentType;
  try {
    const { format, width, height } = await sharp(bytes).metadata();
    image.width = width;
    image.height = height;
    image.status = FORMATS.has(format ?? "") && width * height < MAX_PIXELS ? "PROCESSING" : "PROCESSING_FAILED";
  } catch {
    image.status = "PROCESSING_FAILED";
  }
}

function imageView(image: FakeImage, base: string, now: Date): Record<string, unknown> {
  return {
    id: image.urn,
    owner: image.owner,
    status: image.status,
    ...(image.status === "AVAILABLE" ? { downloadUrl: `${base}/media/${image.key}`, downloadUrlExpiresAt: now.getTime() + UPLOAD_URL_SECONDS * 1000 } : {}),
  };
}

/** The Images API: initializeUpload, the one-PUT upload URL, and the processing status. */
export function mountImages(app: Hono<LinkedInEnv>, state: LinkedInState, faults: FaultQueue, prefix: string): void {
  app.post(
    "/rest/images",
    withFaults<LinkedInEnv>(faults, "images.initializeUpload", async (c) => {
      if (c.req.query("action") !== "initializeUpload") return restliError(c, 400, "ILLEGAL_ARGUMENT", "Unknown action: use ?action=initializeUpload.");
      const body = (await c.req.json().catch(() => null)) as { initializeUploadRequest?: { owner?: unknown } } | null;
      const owner = body?.initializeUploadRequest?.owner;
      if (typeof owner !== "string") return restliError(c, 400, "MISSING_FIELD", "initializeUploadRequest.owner is required.");
      if (!/^urn:li:(organization|person):\S+$/.test(owner)) return restliError(c, 400, "INVALID_URN_TYPE", `${owner} is not an organization or person URN.`);
      if (owner !== c.get("member") && !state.mayActFor(c.get("member"), owner)) {
        return restliError(c, 403, "ACCESS_DENIED", `Not enough permissions to upload images owned by ${owner}.`, 100);
      }
      const image = state.newImage(owner);
      return c.json({
        value: {
          uploadUrlExpiresAt: state.now().getTime() + UPLOAD_URL_SECONDS * 1000,
          uploadUrl: `${fakeBase(c.req.url, prefix)}/dms-uploads/${image.key}?ut=${image.uploadToken}`,
          image: image.urn,
        },
      });
    }),
  );

  app.put(
    "/dms-uploads/:key",
    withFaults<LinkedInEnv>(faults, "images.upload", async (c) => {
      const member = bearerMember(c, state);
      if (typeof member !== "string") return member;
      const image = [...state.images.values()].find((candidate) => candidate.key === c.req.param("key"));
      if (!image || image.uploadToken !== c.req.query("ut")) return restliError(c, 404, "NOT_FOUND", "This upload address is not known.");
      const bytes = Buffer.from(await c.req.arrayBuffer());
      if (bytes.length === 0) return restliError(c, 400, "EMPTY_BODY", "The upload had no bytes.");
      await process(image, bytes, c.req.header("content-type"));
      return c.body(null, 201);
    }),
  );

  app.get(
    "/rest/images/:urn",
    withFaults<LinkedInEnv>(faults, "images.get", (c) => {
      const image = state.images.get(c.req.param("urn") ?? "");
      if (!image) return restliError(c, 404, "NOT_FOUND", `${c.req.param("urn")} does not exist`);
      if (image.owner !== c.get("member") && !state.mayActFor(c.get("member"), image.owner)) {
        return restliError(c, 403, "ACCESS_DENIED", `Not enough permissions to read ${image.urn}.`, 100);
      }
      // Processing finishes after a set number of status reads, so a client that never polls is caught.
      if (image.status === "PROCESSING") {
        if (image.processingReadsLeft > 0) image.processingReadsLeft--;
        else image.status = "AVAILABLE";
      }
      return c.json(imageView(image, fakeBase(c.req.url, prefix), state.now()));
    }),
  );

  // The downloadUrl of an available image, for the fake's own post pages.
  app.get("/media/:key", (c) => {
    const image = [...state.images.values()].find((candidate) => candidate.key === c.req.param("key"));
    if (!image?.bytes || image.status !== "AVAILABLE") return c.notFound();
    return c.body(new Uint8Array(image.bytes), 200, { "content-type": image.contentType ?? "application/octet-stream" });
  });
}

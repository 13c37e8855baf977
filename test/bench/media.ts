import fs from "node:fs";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { CENTRE, RENDITIONS, cropBox, renditionSize, type RenditionSpec } from "../../packages/policy/src/index.ts";
import { createApp } from "../../apps/api/src/app.ts";
import { systemClock } from "../../apps/api/src/clock.ts";
import { createDb } from "../../apps/api/src/db/database.ts";
import { migrateToLatest } from "../../apps/api/src/db/migrate.ts";
import { seedDemo } from "../../apps/api/src/demo/seed.ts";
import type { Deps } from "../../apps/api/src/deps.ts";
import { createLogger } from "../../apps/api/src/logger.ts";
import { decodeUpload, finishImage } from "../../apps/api/src/media/process-image.ts";
import { mediaDeps, testConfig } from "../../apps/api/test/support/harness.ts";
import { sqliteDatabase } from "./publisher.ts";
import { percentiles } from "./stats.ts";

const RUNS = 5;

/** A real photo of three people at 4,000 x 3,000 (12 megapixels), with camera EXIF and GPS, as a phone would send it. */
async function twelveMegapixelPhoto(): Promise<Buffer> {
  const source = fs.readFileSync(fileURLToPath(new URL("../fixtures/faces/sample1.jpg", import.meta.url)));
  return sharp(source)
    .resize(4000, 3000, { fit: "cover" })
    .jpeg({ quality: 92 })
    .withExif({ IFD0: { Make: "Apple", Model: "iPhone 15", Artist: "Jane Smith" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "54/1 58/1 30/1", GPSLongitudeRef: "W", GPSLongitude: "1/1 36/1 10/1" } })
    .toBuffer();
}

/** The baseline: sharp alone making the same renditions straight from the JPEG, nothing else. */
async function sharpAlone(jpeg: Buffer): Promise<void> {
  const size = { width: 4000, height: 3000 };
  await Promise.all(
    RENDITIONS.map((spec: RenditionSpec) => {
      const out = renditionSize(spec, size);
      let image = sharp(jpeg).rotate();
      if (spec.fit === "cover") image = image.extract(cropBox(size, spec, CENTRE));
      return image.resize(out.width, out.height, { fit: "fill" }).jpeg({ quality: 85 }).toBuffer();
    }),
  );
}

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: models load, caches fill
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

const ms = (times: number[]) => {
  const { p50 } = percentiles(times);
  return `p50 ${p50.toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`;
};

/** Upload to ready for a 12-megapixel JPEG through POST /api/assets, against sharp doing the renditions alone. */
export async function benchMedia(): Promise<void> {
  console.log("\nmedia (12-megapixel JPEG, 4,000 x 3,000, with EXIF and GPS)");
  const { database, drop } = await sqliteDatabase();
  const db = createDb(database);
  const deps: Deps = { db, clock: systemClock, log: createLogger("silent"), config: testConfig({ database }), ...mediaDeps() };
  try {
    await migrateToLatest(db);
    await seedDemo(deps);
    const app = createApp(deps);
    const login = await app.request("/trpc/auth.login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "dept@demo.gatehouse.test", password: "gatehouse-demo" }),
    });
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const jpeg = await twelveMegapixelPhoto();
    console.log(`file: ${(jpeg.length / 1024 / 1024).toFixed(1)} MB`);

    const upload = await timed(async () => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "team.jpg");
      const res = await app.request("/api/assets", { method: "POST", body: form, headers: { cookie } });
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
    });
    const baseline = await timed(() => sharpAlone(jpeg));

    // Where the time goes: each stage on its own.
    const decoded = await decodeUpload(jpeg, "jpeg", (b) => deps.analyser.decodeHeic(b));
    const stages = {
      "decode, orient, read metadata": await timed(() => decodeUpload(jpeg, "jpeg", (b) => deps.analyser.decodeHeic(b))),
      "master, 9 renditions, hashes": await timed(() => finishImage(decoded.raw, CENTRE)),
      "face detection (worker thread)": await timed(() => deps.analyser.faces(decoded.raw)),
      "OCR (worker thread)": await timed(() => deps.analyser.text(decoded.raw)),
    };

    console.log(`${"upload to ready (sanitise, renditions, hashes, faces, OCR, store)".padEnd(66)} ${ms(upload)}`);
    for (const [stage, times] of Object.entries(stages)) console.log(`  ${stage.padEnd(64)} ${ms(times)}`);
    console.log(`${"sharp alone, the same 9 renditions from the JPEG".padEnd(66)} ${ms(baseline)}`);
    console.log(`ratio upload-to-ready / sharp alone: ${(percentiles(upload).p50 / percentiles(baseline).p50).toFixed(1)}x`);
  } finally {
    await deps.analyser.close();
    await db.destroy();
    await drop();
  }
}

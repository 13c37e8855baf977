import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "./support/client.ts";
import { cookieOf } from "./support/client.ts";
import { createHarness, DEMO, type Harness } from "./support/harness.ts";
import { landscape, pngBomb } from "./support/images.ts";
import { upload } from "./support/uploads.ts";

let h: Harness;
let dept: Client;
let server: ServerType;
let port: number;

beforeAll(async () => {
  h = await createHarness();
  dept = await h.as(DEMO.dept);
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: h.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
}, 60_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await h.close();
});

/** Nothing half-stored: no asset row, no rendition row, no file in the media folder. */
async function stored() {
  const assets = await h.deps.db.selectFrom("asset").select("id").execute();
  const renditions = await h.deps.db.selectFrom("asset_rendition").select("name").execute();
  const files = fs.existsSync(h.deps.config.mediaDir) ? fs.readdirSync(h.deps.config.mediaDir, { recursive: true }).filter((f) => String(f).length > 60) : [];
  return { assets: assets.length, renditions: renditions.length, files: files.length };
}

async function healthy(): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return res.status === 200;
}

describe("bad uploads", () => {
  it("answers each bad file with a clear 4xx and stores nothing", async () => {
    const before = await stored();
    const good = await landscape(1200, 900);
    const cases: [string, Buffer, string, number, string][] = [
      ["truncated JPEG", good.subarray(0, Math.floor(good.length / 2)), "half.jpg", 422, "DAMAGED_FILE"],
      ["PNG bomb", pngBomb(), "bomb.png", 413, "TOO_MANY_PIXELS"],
      ["text file named .jpg", Buffer.from("Dear all,\nthe clinic moves on Monday.\n"), "letter.jpg", 415, "UNSUPPORTED_TYPE"],
      ["SVG with a script", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "logo.svg", 415, "UNSUPPORTED_TYPE"],
      ["zero-byte file", Buffer.alloc(0), "empty.jpg", 400, "EMPTY_FILE"],
    ];
    for (const [what, bytes, name, status, code] of cases) {
      const res = await upload(h.app, dept, bytes, name);
      expect([res.status, res.body.error?.code], what).toEqual([status, code]);
      expect(res.body.error?.message, what).toContain(name);
    }
    expect(await stored()).toEqual(before);
  });

  it("says what is wrong with the request itself", async () => {
    const res = await h.app.request("http://gatehouse.test/api/assets", { method: "POST", headers: { cookie: cookieOf(dept), "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(415);
    const form = new FormData();
    form.append("photo", "not a file");
    const noFile = await h.app.request("http://gatehouse.test/api/assets", { method: "POST", headers: { cookie: cookieOf(dept) }, body: form });
    expect([noFile.status, ((await noFile.json()) as { error: { code: string } }).error.code]).toEqual([400, "NO_FILE"]);
    expect((await upload(h.app, null, await landscape(100, 100))).status).toBe(401);
    expect((await upload(h.app, await h.as(DEMO.ig), await landscape(100, 100))).status).toBe(403);
  });

  it("survives an upload cut off mid-stream, storing nothing", async () => {
    const before = await stored();
    const boundary = "----gatehouse-test";
    const socket = net.connect(port, "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    socket.write(
      `POST /api/assets HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookieOf(dept)}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 5000000\r\n\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    socket.write((await landscape(1600, 1200)).subarray(0, 20_000));
    await new Promise((r) => setTimeout(r, 200));
    socket.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect(await healthy()).toBe(true);
    expect(await stored()).toEqual(before);
  });

  it("refuses a 200 MB file, announced or streamed, without reading it all, and keeps serving", async () => {
    const before = await stored();
    const sendLarge = (announce: boolean) =>
      new Promise<{ status: number; body: string; sentMb: number }>((resolve, reject) => {
        const boundary = "----gatehouse-large";
        const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
        const total = 200 * 1024 * 1024;
        const req = http.request({
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/api/assets",
          headers: { cookie: cookieOf(dept), "content-type": `multipart/form-data; boundary=${boundary}`, ...(announce ? { "content-length": String(total + head.length) } : {}) },
        });
        let sent = 0;
        let answered = false;
        req.on("response", (res) => {
          answered = true;
          let body = "";
          res.on("data", (d: Buffer) => (body += d.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body, sentMb: Math.round(sent / 1024 / 1024) }));
        });
        req.on("error", (error) => (answered ? undefined : reject(error)));
        const chunk = Buffer.alloc(1024 * 1024, 0xff);
        chunk[0] = 0xff;
        req.write(head);
        const pump = () => {
          while (!answered && sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once("drain", pump);
          }
          if (!answered) req.end();
        };
        pump();
      });
    for (const announce of [true, false]) {
      const res = await sendLarge(announce);
      expect(res.status, `announced: ${announce}`).toBe(413);
      expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe("FILE_TOO_LARGE");
      expect(res.sentMb, `announced: ${announce}`).toBeLessThan(120);
    }
    expect(await healthy()).toBe(true);
    expect(await stored()).toEqual(before);
  });
});

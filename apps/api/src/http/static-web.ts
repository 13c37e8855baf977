import fs from "node:fs";
import path from "node:path";
import type { Context } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".json": "application/json",
  ".map": "application/json",
};

/**
 * Serves the built web app; any path that is not a file gets index.html so the client-side
 * router can show it. Paths are resolved inside webDir only.
 */
export function serveWeb(webDir: string) {
  const root = path.resolve(webDir);
  return (c: Context) => {
    const indexFile = path.join(root, "index.html");
    if (!fs.existsSync(indexFile)) {
      return c.text("The web app is not built. Run `pnpm --filter @gatehouse/web build` (pnpm start does this).", 503);
    }
    const requested = path.resolve(root, "." + decodeURIComponent(new URL(c.req.url).pathname));
    const inside = requested.startsWith(root + path.sep);
    const file = inside && fs.existsSync(requested) && fs.statSync(requested).isFile() ? requested : indexFile;
    const ext = path.extname(file);
    const immutable = file !== indexFile && file.includes(`${path.sep}assets${path.sep}`);
    return c.body(fs.readFileSync(file), 200, {
      "Content-Type": TYPES[ext] ?? "application/octet-stream",
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
  };
}

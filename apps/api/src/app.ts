import { trpcServer } from "@hono/trpc-server";
import { Hono } from "hono";
import { sql } from "kysely";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { readCookie, SESSION_COOKIE } from "./auth/cookie.ts";
import { userForSession } from "./auth/service.ts";
import { isMigrated } from "./db/migrate.ts";
import type { Deps } from "./deps.ts";
import { assetMediaHandler, sandboxMediaHandler } from "./http/asset-media.ts";
import { assetUploadHandler } from "./http/asset-upload.ts";
import { brandLogoHandler, brandLogoUploadHandler, brandPreviewHandler } from "./http/brand-logo.ts";
import { auditCsvHandler } from "./http/audit-csv.ts";
import { consentEvidenceDownloadHandler, consentEvidenceUploadHandler } from "./http/consent-evidence.ts";
import { oauthCallbackHandler } from "./http/oauth-callback.ts";
import { platformMediaHandler } from "./http/platform-media.ts";
import { serveWeb } from "./http/static-web.ts";
import { mountFakes } from "./fakes/mount.ts";
import { appRouter } from "./router.ts";
import { createContextInner } from "./trpc.ts";

export const TRPC_BODY_LIMIT = 1024 * 1024;

/** A tRPC-shaped error, so the web client shows the message like any other. */
function trpcStyleError(code: string, httpStatus: number, message: string) {
  return { error: { message, code: -32600, data: { code, httpStatus } } };
}

export function createApp(deps: Deps) {
  const app = new Hono();
  const log = deps.log;

  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const path = new URL(c.req.url).pathname;
    // The built web app's own files (/assets/index-abc.js) are not worth a line each; pages are.
    if (path.startsWith("/assets/") && /\.[a-z0-9]+$/i.test(path)) return;
    log.info(
      { reqId: c.get("requestId"), method: c.req.method, path, status: c.res.status, ms: Math.round(performance.now() - started) },
      "request",
    );
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );

  // Once the schema is up to date it stays so for this process; the check costs an introspection.
  let migrated = false;
  app.get("/healthz", async (c) => {
    try {
      await sql`select 1`.execute(deps.db);
      migrated ||= await isMigrated(deps.db);
      if (!migrated) return c.json({ ok: false, problem: "database not migrated" }, 503);
      return c.json({ ok: true });
    } catch (error) {
      log.error({ err: error }, "health check failed");
      return c.json({ ok: false, problem: "database unreachable" }, 503);
    }
  });

  app.use(
    "/trpc/*",
    bodyLimit({
      maxSize: TRPC_BODY_LIMIT,
      onError: (c) =>
        c.json(trpcStyleError("PAYLOAD_TOO_LARGE", 413, "The request is too large: the limit is 1 MB."), 413),
    }),
  );
  app.use(
    "/trpc/*",
    trpcServer({
      router: appRouter,
      endpoint: "/trpc",
      createContext: async (opts, c) => {
        // Services log through a child logger, so every line of a request carries its id.
        const requestDeps = { ...deps, log: deps.log.child({ reqId: c.get("requestId") }) };
        const token = readCookie(c.req.header("cookie"), SESSION_COOKIE);
        const session = await userForSession(requestDeps, token);
        return createContextInner(requestDeps, session, opts.resHeaders) as unknown as Record<string, unknown>;
      },
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error, path }, "unexpected error in procedure");
      },
    }),
  );

  app.get("/api/audit.csv", auditCsvHandler(deps));
  app.post("/api/assets", assetUploadHandler(deps));
  app.get("/api/assets/:id/:rendition", assetMediaHandler(deps));
  app.get("/api/sandbox/media/:key", sandboxMediaHandler(deps));
  app.post("/api/brand/logo", brandLogoUploadHandler(deps));
  app.get("/api/brand/kits/:id/logo", brandLogoHandler(deps));
  app.get("/api/brand/kits/:id/preview/:rendition", brandPreviewHandler(deps));
  app.post("/api/consents/:id/evidence", consentEvidenceUploadHandler(deps));
  app.get("/api/consents/:id/evidence", consentEvidenceDownloadHandler(deps));
  if (deps.config.fakes) mountFakes(app);
  app.get("/api/oauth/callback", oauthCallbackHandler(deps));
  app.get("/api/platform-media/:key", platformMediaHandler(deps));
  app.all("/api/*", (c) => c.json({ error: { code: "NOT_FOUND", message: "There is nothing at this address." } }, 404));
  app.get("*", serveWeb(deps.config.webDir));

  app.onError((error, c) => {
    log.error({ err: error, reqId: c.get("requestId") }, "unhandled error");
    return c.json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side. Try again." } }, 500);
  });

  return app;
}

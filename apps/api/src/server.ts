import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { DEMO_USERS } from "./demo/organisation.ts";
import { seedDemo } from "./demo/seed.ts";
import { StartupRefused } from "./errors.ts";
import { startWorker } from "./publisher/worker.ts";
import type { Deps } from "./deps.ts";
import * as usersRepo from "./users/repo.ts";
import { DEMO_PASSWORD } from "./users/service.ts";


function banner(url: string, deps: Deps): string {
  const lines = [``, `Gatehouse is running at ${url}`, ``];
  if (deps.config.mode === "demo") {
    lines.push(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) lines.push(`  ${u.email.padEnd(30)} ${u.roles.join(", ")}`);
    lines.push(``);
  }
  lines.push(`Data: ${deps.config.database.kind === "sqlite" ? deps.config.database.file : "PostgreSQL"}`, `Stop with Ctrl+C.`, ``);
  return lines.join("\n");
}

/** Starts the HTTP server on a migrated database; in demo mode seeds an empty one first. */
export async function startServer(deps: Deps): Promise<{ url: string; close(): Promise<void> }> {
  if (deps.config.mode === "production" && (await usersRepo.countDemoUsers(deps.db)) > 0) {
    throw new StartupRefused(
      "Refusing to start in production mode: demo users with the published demo password exist. Remove them or use a fresh database.",
    );
  }
  if (deps.config.mode === "demo" && (await seedDemo(deps))) deps.log.info("demo organisation seeded");

  const app = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: deps.config.port, hostname: deps.config.host }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  // With a free port picked at start, links must name the port we actually got.
  if (deps.config.port === 0 && deps.config.publicUrl.endsWith(":0")) deps.config.publicUrl = url;
  const worker = deps.config.worker.inline ? startWorker(deps) : null;
  process.stdout.write(banner(url, deps));
  return {
    url,
    close: async () => {
      await worker?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

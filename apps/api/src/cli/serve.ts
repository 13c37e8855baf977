import { environmentWithPort } from "../config.ts";
import { startServer } from "../server.ts";
import { HELP_OPTION, parseOrExplain } from "./args.ts";
import { openRuntime } from "./runtime.ts";

export const help = `Usage: pnpm gatehouse serve [--port N]

Migrates the database, seeds the demo organisation into an empty database (demo mode),
and serves the web app and the API on one port.

Options:
  --port N   port to listen on (default: PORT or 3000; 0 picks a free port)

Environment: PORT, HOST, DATABASE_URL (postgres://...; unset = SQLite in the data folder),
GATEHOUSE_DATA_DIR (default ./data), GATEHOUSE_MODE (demo | production), LOG_LEVEL.`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseOrExplain("serve", (p) => p({ args, options: { ...HELP_OPTION, port: { type: "string" } }, strict: true }));
  if (values.help) return void console.log(help);
  // Links (sandbox posts, OAuth redirects, the demo's fakes) name the port actually served,
  // unless PUBLIC_URL says where people reach the server.
  const deps = await openRuntime({}, values.port !== undefined ? environmentWithPort(Number(values.port)) : undefined);
  const server = await startServer(deps);
  const stop = async () => {
    deps.log.info("shutting down");
    await server.close();
    await deps.db.destroy();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

import { startWorker } from "../publisher/worker.ts";
import { HELP_OPTION, parseOrExplain } from "./args.ts";
import { openRuntime } from "./runtime.ts";

export const help = `Usage: pnpm gatehouse worker

Runs the publisher on its own: claims due posts and publishes them until stopped. Any
number of workers (and servers with the inline worker) can share one database.

Environment: WORKER_POLL_MS (default 1000), WORKER_LEASE_MS (default 60000),
PUBLISH_TIMEOUT_MS (default 30000), and the database settings of \`serve\`.`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseOrExplain("worker", (p) => p({ args, options: HELP_OPTION, strict: true }));
  if (values.help) return void console.log(help);
  const deps = await openRuntime();
  const worker = startWorker(deps);
  deps.log.info({ worker: worker.id }, "publisher started");
  const stop = async () => {
    await worker.stop();
    await deps.db.destroy();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

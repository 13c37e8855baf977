import { verifyAuditChain } from "../audit/service.ts";
import { UsageError } from "./args.ts";
import { openRuntime } from "./runtime.ts";

export const help = `Usage: pnpm gatehouse audit verify

Checks the audit log's hash chain from the first event to the last. Exits 0 when intact,
1 (naming the first broken event) when any event was changed, removed or reordered.`;

export async function run(args: string[]): Promise<void> {
  const [sub] = args;
  if (sub === undefined || sub === "--help" || sub === "-h") return void console.log(help);
  if (sub !== "verify") throw new UsageError(`Unknown audit command "${sub}".\n\n${help}`);
  const deps = await openRuntime();
  try {
    const result = await verifyAuditChain(deps.db);
    if (result.ok) {
      console.log(`The audit log is intact: ${result.checked} events checked.`);
    } else {
      console.log(`The audit log has been tampered with: event ${result.brokenAt!.seq} fails because ${result.brokenAt!.problem}.`);
      process.exitCode = 1;
    }
  } finally {
    await deps.db.destroy();
  }
}

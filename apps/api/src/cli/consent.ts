import { sweepConsents } from "../consent/expiry.ts";
import { UsageError } from "./args.ts";
import { openRuntime } from "./runtime.ts";

export const help = `Usage: pnpm gatehouse consent sweep

Runs the consent register's round now (the publisher runs it every hour): warns the people
who keep a consent 30 days before it ends, and applies every expiry that has passed (posts
carrying the picture are blocked; published ones are taken down or listed to take down).`;

export async function run(args: string[]): Promise<void> {
  const [sub] = args;
  if (sub === undefined || sub === "--help" || sub === "-h") return void console.log(help);
  if (sub !== "sweep") throw new UsageError(`Unknown consent command "${sub}".\n\n${help}`);
  const deps = await openRuntime();
  try {
    const result = await sweepConsents(deps);
    console.log(`Consent register swept: ${result.warned} expiry warning${result.warned === 1 ? "" : "s"} sent, ${result.expired} expired consent${result.expired === 1 ? "" : "s"} applied.`);
  } finally {
    await deps.analyser.close();
    await deps.db.destroy();
  }
}

import { seedDemo } from "../demo/seed.ts";
import { HELP_OPTION, parseOrExplain, UsageError } from "./args.ts";
import { openRuntime } from "./runtime.ts";

export const help = `Usage: pnpm gatehouse seed --demo

Seeds the demo organisation (users, departments, one sandbox account per platform, grants)
into an empty database. Does nothing when users exist. Refused in production mode.`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseOrExplain("seed", (p) => p({ args, options: { ...HELP_OPTION, demo: { type: "boolean" } }, strict: true }));
  if (values.help) return void console.log(help);
  if (!values.demo) throw new UsageError("Say what to seed: `pnpm gatehouse seed --demo`.");
  const deps = await openRuntime();
  try {
    console.log((await seedDemo(deps)) ? "Seeded the demo organisation." : "The database already has users: nothing was seeded.");
  } finally {
    await deps.db.destroy();
  }
}

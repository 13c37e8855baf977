import { HELP_OPTION, parseOrExplain } from "./args.ts";
import { openRuntime } from "./runtime.ts";

export const help = `Usage: pnpm gatehouse migrate

Brings the database (SQLite in GATEHOUSE_DATA_DIR, or DATABASE_URL) up to the latest schema.
Safe to run more than once.`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseOrExplain("migrate", (p) => p({ args, options: HELP_OPTION, strict: true }));
  if (values.help) return void console.log(help);
  const deps = await openRuntime();
  console.log("The database is up to date.");
  await deps.db.destroy();
}

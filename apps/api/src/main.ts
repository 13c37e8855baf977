import { AppError } from "./errors.ts";
import { ConfigError } from "./config.ts";
import { UsageError } from "./cli/args.ts";
import * as audit from "./cli/audit.ts";
import * as migrate from "./cli/migrate.ts";
import * as screen from "./cli/screen.ts";
import * as seed from "./cli/seed.ts";
import * as serve from "./cli/serve.ts";
import * as user from "./cli/user.ts";
import { StartupRefused } from "./server.ts";

const COMMANDS: Record<string, { run(args: string[]): Promise<void>; help: string }> = {
  serve,
  migrate,
  seed,
  screen,
  user,
  audit,
};

const HELP = `Usage: pnpm gatehouse <command> [options]

Commands:
  serve            start the web app and API (migrates; seeds the demo when empty)
  migrate          bring the database schema up to date
  seed --demo      seed the demo organisation into an empty database
  user add         add a user with roles
  user reset-password
                   set a new password and end the user's sessions
  screen --jsonl FILE
                   screen posts offline (one JSON object per line; - for stdin)
  audit verify     check the audit log's hash chain

Run \`pnpm gatehouse <command> --help\` for a command's options.`;

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") return void console.log(HELP);
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`Unknown command "${name}".\n\n${HELP}`);
  await command.run(args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Known failures get one clear line; only the unexpected gets a stack.
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof StartupRefused || error instanceof AppError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});

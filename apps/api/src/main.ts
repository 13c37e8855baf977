import { AppError, StartupRefused } from "./errors.ts";
import { ConfigError } from "./config.ts";
import { UsageError } from "./cli/args.ts";

type Command = { run(args: string[]): Promise<void>; help: string };

/** Loaded on demand: `gatehouse screen` need not load the server, nor `--help` anything. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: () => import("./cli/serve.ts"),
  worker: () => import("./cli/worker.ts"),
  migrate: () => import("./cli/migrate.ts"),
  seed: () => import("./cli/seed.ts"),
  screen: () => import("./cli/screen.ts"),
  user: () => import("./cli/user.ts"),
  audit: () => import("./cli/audit.ts"),
  consent: () => import("./cli/consent.ts"),
  tokens: () => import("./cli/tokens.ts"),
};

const HELP = `Usage: pnpm gatehouse <command> [options]

Commands:
  serve            start the web app and API (migrates; seeds the demo when empty)
  worker           run the publisher on its own (the server runs one inline by default)
  migrate          bring the database schema up to date
  seed --demo      seed the demo organisation into an empty database
  user add         add a user with roles
  user reset-password
                   set a new password and end the user's sessions
  screen --jsonl FILE
                   screen posts offline (one JSON object per line; - for stdin)
  audit verify     check the audit log's hash chain
  consent sweep    warn of consents ending within 30 days and apply those that have ended
  tokens rotate    re-encrypt platform credentials under the current key

Run \`pnpm gatehouse <command> --help\` for a command's options.`;

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") return void console.log(HELP);
  const load = COMMANDS[name];
  if (!load) throw new UsageError(`Unknown command "${name}".\n\n${HELP}`);
  await (await load()).run(args);
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

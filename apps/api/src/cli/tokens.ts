import { rotateCredentials } from "../connections/rotate.ts";
import { UsageError } from "./args.ts";
import { openRuntime } from "./runtime.ts";

export const help = `Usage: pnpm gatehouse tokens rotate

Re-encrypts every connected account's platform credentials under the current key: the
first one in GATEHOUSE_TOKEN_KEYS. To rotate, put a new key first and keep the old one after
it ("new:<base64>,old:<base64>"), restart, run this, then remove the old key.
Make a key with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;

export async function run(args: string[]): Promise<void> {
  const [sub] = args;
  if (sub === undefined || sub === "--help" || sub === "-h") return void console.log(help);
  if (sub !== "rotate") throw new UsageError(`Unknown tokens command "${sub}".\n\n${help}`);
  const deps = await openRuntime();
  try {
    const result = await rotateCredentials(deps);
    console.log(`Credentials re-encrypted: ${result.rotated} account${result.rotated === 1 ? "" : "s"} moved to the current key, ${result.current} already on it.`);
  } finally {
    await deps.analyser.close();
    await deps.db.destroy();
  }
}

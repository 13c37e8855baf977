import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {}

/** Runs parseArgs, turning unknown or malformed flags into a usage error that names the command's help. */
export function parseOrExplain<T>(command: string, parse: (parser: typeof parseArgs) => T): T {
  try {
    return parse(parseArgs);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun \`pnpm gatehouse ${command} --help\` for the options.`);
  }
}

export const HELP_OPTION = { help: { type: "boolean", short: "h" } } satisfies ParseArgsConfig["options"];

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

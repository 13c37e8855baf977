import fs from "node:fs";
import readline from "node:readline";
import { DEFAULT_SETTINGS, type ScreeningSettings } from "@gatehouse/policy";
import { screenLine } from "../screening/batch.ts";
import { HELP_OPTION, parseOrExplain, UsageError } from "./args.ts";

export const help = `Usage: pnpm gatehouse screen --jsonl FILE     (or - for standard input)

Screens posts offline. Each input line is {"id": "...", "platform": "x", "text": "..."};
each output line is {"id": "...", "findings": [...]}, in input order. A line that cannot
be read gets {"id": ..., "error": "..."} and the run goes on. Exits 0 whatever it finds.

Options:
  --jsonl FILE       the posts, one JSON object per line; - reads standard input
  --settings FILE    organisation settings as JSON (trustedDomains, orgPhoneNumbers,
                     orgAddresses, bannedTerms, allowedTerms, severity); default: none`;

function loadSettings(file: string | undefined): ScreeningSettings {
  if (!file) return DEFAULT_SETTINGS;
  try {
    return { ...DEFAULT_SETTINGS, ...(JSON.parse(fs.readFileSync(file, "utf8")) as Partial<ScreeningSettings>) };
  } catch (error) {
    throw new UsageError(`Cannot read the settings file ${file}: ${(error as Error).message}`);
  }
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseOrExplain("screen", (p) =>
    p({ args, options: { ...HELP_OPTION, jsonl: { type: "string" }, settings: { type: "string" } }, strict: true }),
  );
  if (values.help) return void console.log(help);
  if (!values.jsonl) throw new UsageError("Say where the posts are: `pnpm gatehouse screen --jsonl FILE` (or - for standard input).");
  const settings = loadSettings(values.settings);
  if (values.jsonl !== "-" && !fs.existsSync(values.jsonl)) throw new UsageError(`There is no file ${values.jsonl}.`);
  const input = values.jsonl === "-" ? process.stdin : fs.createReadStream(values.jsonl, "utf8");
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    const ok = process.stdout.write(`${JSON.stringify(screenLine(line, n, settings))}\n`);
    if (!ok) await new Promise((resolve) => process.stdout.once("drain", resolve));
  }
}

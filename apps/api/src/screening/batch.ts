import { isPlatform, screen, type Finding, type ScreeningSettings } from "@gatehouse/policy";

export type BatchResult = { id: unknown; findings: Finding[] } | { id: unknown; error: string };

/** Best effort at the id of a line that is not valid JSON, so the error can still be matched up. */
function idFromBrokenLine(line: string): string | null {
  return /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(line)?.[1] ?? null;
}

/**
 * One line of `gatehouse screen --jsonl`: `{"id","platform","text"}` in, `{"id","findings"}`
 * out, or `{"id","error"}` for a line that cannot be screened. Never throws.
 */
export function screenLine(line: string, lineNumber: number, settings?: ScreeningSettings): BatchResult {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (error) {
    return { id: idFromBrokenLine(line), error: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    return { id: null, error: `line ${lineNumber}: expected an object like {"id": "...", "platform": "x", "text": "..."}` };
  }
  const { id, platform, text } = row as Record<string, unknown>;
  if (typeof platform !== "string" || !isPlatform(platform)) {
    return { id: id ?? null, error: `line ${lineNumber}: "platform" must be one of x, bluesky, mastodon, instagram, linkedin, facebook` };
  }
  if (typeof text !== "string") return { id: id ?? null, error: `line ${lineNumber}: "text" must be a string` };
  try {
    return { id: id ?? null, findings: screen(text, platform, settings) };
  } catch (error) {
    return { id: id ?? null, error: `line ${lineNumber}: could not be screened (${(error as Error).message})` };
  }
}

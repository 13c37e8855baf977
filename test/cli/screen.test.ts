import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function screenCli(args: string[], stdin = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "apps/api/src/main.ts"), "screen", ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const parse = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: unknown; findings?: { category: string; start: number; end: number }[]; error?: string });

describe("gatehouse screen --jsonl", () => {
  it("answers each line in order with the spec's shape, from standard input", async () => {
    const lines = [
      { id: "one", platform: "x", text: "Call 111 or visit 111.nhs.uk" },
      { id: "two", platform: "facebook", text: "Patient NHS number 401 023 2137 needs a porter" },
      { id: "three", platform: "bluesky", text: "" },
    ];
    const { code, stdout } = await screenCli(["--jsonl", "-"], lines.map((l) => JSON.stringify(l)).join("\n"));
    expect(code).toBe(0);
    const out = parse(stdout);
    expect(out.map((o) => o.id)).toEqual(["one", "two", "three"]);
    expect(out[0]!.findings).toEqual([]);
    expect(out[1]!.findings!.map((f) => f.category)).toContain("pii.nhs_number");
    expect(Object.keys(out[1]!.findings![0]!).sort()).toEqual(["category", "clause", "end", "message", "rule", "severity", "start"]);
  });

  it("gives a malformed line its own error and goes on", async () => {
    const input = [
      '{"id":"ok1","platform":"x","text":"hello"}',
      "this is not json",
      '{"id":"badplatform","platform":"myspace","text":"x"}',
      '{"id":"notext","platform":"x"}',
      '{"id": "cut", "platform": "x", "text": "unterminated',
      "[1,2,3]",
      '{"id":"ok2","platform":"x","text":"bye"}',
    ].join("\n");
    const { code, stdout } = await screenCli(["--jsonl", "-"], input);
    expect(code).toBe(0);
    const out = parse(stdout);
    expect(out.map((o) => o.id)).toEqual(["ok1", null, "badplatform", "notext", "cut", null, "ok2"]);
    expect(out.filter((o) => o.error).map((o) => o.error)).toEqual([
      expect.stringMatching(/^line 2: not valid JSON/),
      expect.stringMatching(/^line 3: "platform" must be one of/),
      expect.stringMatching(/^line 4: "text" must be a string/),
      expect.stringMatching(/^line 5: not valid JSON/),
      expect.stringMatching(/^line 6: expected an object/),
    ]);
  });

  it("reads a file, keeps UTF-16 offsets through emoji, and takes organisation settings", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-screen-"));
    const file = path.join(dir, "posts.jsonl");
    const text = "😀🎉 Read https://www.demotrust.org.uk/news and 401 023 2137";
    fs.writeFileSync(file, `${JSON.stringify({ id: "e", platform: "x", text })}\n`);
    const settings = path.join(dir, "settings.json");
    fs.writeFileSync(settings, JSON.stringify({ trustedDomains: ["nhs.uk", "demotrust.org.uk"] }));
    try {
      const plain = parse((await screenCli(["--jsonl", file])).stdout)[0]!;
      expect(plain.findings!.map((f) => f.category).sort()).toEqual(["link.third_party", "pii.nhs_number"]);
      const nhs = plain.findings!.find((f) => f.category === "pii.nhs_number")!;
      expect(text.slice(nhs.start, nhs.end)).toBe("401 023 2137");
      const withOrg = parse((await screenCli(["--jsonl", file, "--settings", settings])).stdout)[0]!;
      expect(withOrg.findings!.map((f) => f.category)).toEqual(["pii.nhs_number"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("explains a missing file or flag in one line", async () => {
    const missing = await screenCli(["--jsonl", "/nonexistent/posts.jsonl"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe("There is no file /nonexistent/posts.jsonl.");
    const noFlag = await screenCli([]);
    expect(noFlag.code).toBe(2);
    expect(noFlag.stderr).toContain("--jsonl FILE");
  });
});

import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countUsers } from "../src/users/repo.ts";
import { envFor, gatehouse } from "./support/cli.ts";
import { codeOf, createHarness, type Harness } from "./support/harness.ts";

let h: Harness;
let env: Record<string, string>;
beforeAll(async () => {
  h = await createHarness({ seed: false });
  env = envFor(h.database);
});
afterAll(async () => h.close());

describe("the gatehouse CLI", { timeout: 120_000 }, () => {
  it("prints help for every command", async () => {
    const top = await gatehouse(["--help"], env);
    expect(top.code).toBe(0);
    for (const command of ["serve", "migrate", "seed --demo", "user add", "user reset-password", "audit verify", "consent sweep"]) {
      expect(top.stdout).toContain(command);
    }
    for (const command of [["serve"], ["migrate"], ["seed"], ["user"], ["audit"], ["consent"]]) {
      const result = await gatehouse([...command, "--help"], env);
      expect(result.code, command.join(" ")).toBe(0);
      expect(result.stdout).toMatch(/^Usage:/);
    }
  });

  it("explains an unknown command or flag in one line and exits 2", async () => {
    const unknown = await gatehouse(["frobnicate"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const badFlag = await gatehouse(["seed", "--demo", "--colour"], env);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("pnpm gatehouse seed --help");
    expect(badFlag.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a DATABASE_URL it cannot use, with the reason", async () => {
    const result = await gatehouse(["migrate"], { ...env, DATABASE_URL: "mysql://localhost/x" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("DATABASE_URL must be a postgres:// URL");
  });

  it("migrates idempotently", async () => {
    expect((await gatehouse(["migrate"], env)).stdout).toContain("up to date");
    expect((await gatehouse(["migrate"], env)).code).toBe(0);
  });

  it("seeds the demo organisation once, and refuses in production", async () => {
    const prod = await gatehouse(["seed", "--demo"], { ...env, GATEHOUSE_MODE: "production" });
    expect(prod.code).toBe(2);
    expect(prod.stderr).toContain("cannot be seeded in production");
    expect(await countUsers(h.deps.db)).toBe(0);

    expect((await gatehouse(["seed", "--demo"], env)).stdout).toContain("Seeded the demo organisation");
    expect(await countUsers(h.deps.db)).toBe(6);
    expect((await gatehouse(["seed", "--demo"], env)).stdout).toContain("nothing was seeded");
    expect(await countUsers(h.deps.db)).toBe(6);
  });

  it("refuses to serve in production while demo users exist", async () => {
    const result = await gatehouse(["serve", "--port", "0"], { ...env, GATEHOUSE_MODE: "production" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Refusing to start in production mode");
  });

  it("adds a user whose password comes on standard input, who can then sign in", async () => {
    const added = await gatehouse(
      ["user", "add", "--email", "Pat.Lee@Example.NHS.uk", "--name", "Pat Lee", "--role", "comms_officer", "--role", "brand_guardian", "--department", "Communications", "--password-stdin"],
      env,
      "a-long-enough-password\n",
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain("Added pat.lee@example.nhs.uk (comms_officer, brand_guardian)");
    expect(added.stdout).not.toContain("a-long-enough-password");
    const { user } = await h.anonymous().auth.login.mutate({ email: "pat.lee@example.nhs.uk", password: "a-long-enough-password" });
    expect(user.roles).toEqual(["brand_guardian", "comms_officer"]);
    expect(user.department?.name).toBe("Communications");
  });

  it("generates and prints a strong password when none is given", async () => {
    const added = await gatehouse(["user", "add", "--email", "gen@example.nhs.uk", "--name", "Gen Erated", "--role", "contributor"], env);
    const password = /Password: (\S+)/.exec(added.stdout)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(await codeOf(h.anonymous().auth.login.mutate({ email: "gen@example.nhs.uk", password }))).toBe("OK");
  });

  it("explains bad user input without a stack trace", async () => {
    const cases: [string[], RegExp, string?][] = [
      [["user", "add", "--email", "x@example.nhs.uk", "--name", "X", "--role", "wizard"], /Unknown: wizard/],
      [["user", "add", "--name", "X", "--role", "admin"], /--email is required/],
      [["user", "add", "--email", "pat.lee@example.nhs.uk", "--name", "Again", "--role", "admin"], /already exists/],
      [["user", "add", "--email", "short@example.nhs.uk", "--name", "S", "--role", "admin", "--password-stdin"], /at least 12 characters/, "short"],
      [["user", "add", "--email", "not-an-email", "--name", "S", "--role", "admin"], /Enter an email address/],
    ];
    for (const [args, message, stdin] of cases) {
      const result = await gatehouse(args, env, stdin);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("refuses the published demo password for a production user", async () => {
    const result = await gatehouse(
      ["user", "add", "--email", "prod@example.nhs.uk", "--name", "Prod", "--role", "admin", "--password-stdin"],
      { ...env, GATEHOUSE_MODE: "production" },
      "gatehouse-demo",
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("demo password cannot be used in production");
  });

  it("resets a password and ends the user's sessions", async () => {
    const client = h.anonymous();
    await client.auth.login.mutate({ email: "pat.lee@example.nhs.uk", password: "a-long-enough-password" });
    const reset = await gatehouse(["user", "reset-password", "--email", "pat.lee@example.nhs.uk", "--password-stdin"], env, "another-long-password");
    expect(reset.code, reset.stderr).toBe(0);
    expect((await client.auth.me.query()).user).toBeNull();
    expect(await codeOf(h.anonymous().auth.login.mutate({ email: "pat.lee@example.nhs.uk", password: "another-long-password" }))).toBe("OK");
    const unknown = await gatehouse(["user", "reset-password", "--email", "nobody@example.nhs.uk"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("No user has the email nobody@example.nhs.uk");
  });

  it("verifies the audit chain, and fails on tampering", async () => {
    const ok = await gatehouse(["audit", "verify"], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/intact: \d+ events checked/);
    await sql`update audit_event set action = 'user.nothing_to_see' where seq = 2`.execute(h.deps.db);
    const bad = await gatehouse(["audit", "verify"], env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("event 2 fails because its contents were changed");
  });
});

import { isRole, ROLES, type Role } from "@gatehouse/policy";
import { generatePassword } from "../auth/password.ts";
import { createUser, resetPassword } from "../users/service.ts";
import { HELP_OPTION, parseOrExplain, readStdin, UsageError } from "./args.ts";
import { openRuntime } from "./runtime.ts";

export const help = `Usage:
  pnpm gatehouse user add --email EMAIL --name "FULL NAME" --role ROLE [--role ROLE ...]
                          [--department NAME] [--password-stdin]
  pnpm gatehouse user reset-password --email EMAIL [--password-stdin]

Roles: ${ROLES.join(", ")}.
Without --password-stdin a strong password is generated and printed once; give it to the
person through a safe channel. With --password-stdin the password is read from standard input.
Resetting a password signs the user out everywhere.`;

async function passwordFrom(useStdin: boolean | undefined): Promise<{ password: string; generated: boolean }> {
  if (!useStdin) return { password: generatePassword(), generated: true };
  const password = (await readStdin()).replace(/\r?\n$/, "");
  if (!password) throw new UsageError("No password arrived on standard input.");
  return { password, generated: false };
}

export async function run(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h") return void console.log(help);
  if (sub === "add") return add(rest);
  if (sub === "reset-password") return reset(rest);
  throw new UsageError(`Unknown user command "${sub}".\n\n${help}`);
}

async function add(args: string[]): Promise<void> {
  const { values } = parseOrExplain("user", (p) => p({ args, options: { ...HELP_OPTION,
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", multiple: true },
      department: { type: "string" },
      "password-stdin": { type: "boolean" },
    }, strict: true }));
  if (values.help) return void console.log(help);
  if (!values.email) throw new UsageError("--email is required.");
  if (!values.name) throw new UsageError("--name is required.");
  const roles = values.role ?? [];
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || unknown.length > 0) {
    throw new UsageError(`Give at least one --role from: ${ROLES.join(", ")}.${unknown.length ? ` Unknown: ${unknown.join(", ")}.` : ""}`);
  }
  const { password, generated } = await passwordFrom(values["password-stdin"]);
  const deps = await openRuntime();
  try {
    await createUser(deps, null, {
      email: values.email,
      name: values.name,
      roles: roles as Role[],
      departmentName: values.department,
      password,
    });
    console.log(`Added ${values.email.trim().toLowerCase()} (${roles.join(", ")}).`);
    if (generated) console.log(`Password: ${password}`);
  } finally {
    await deps.db.destroy();
  }
}

async function reset(args: string[]): Promise<void> {
  const { values } = parseOrExplain("user", (p) => p({ args, options: { ...HELP_OPTION, email: { type: "string" }, "password-stdin": { type: "boolean" } }, strict: true }));
  if (values.help) return void console.log(help);
  if (!values.email) throw new UsageError("--email is required.");
  const { password, generated } = await passwordFrom(values["password-stdin"]);
  const deps = await openRuntime();
  try {
    await resetPassword(deps, null, values.email, password);
    console.log(`Set a new password for ${values.email.trim().toLowerCase()}; their sessions were ended.`);
    if (generated) console.log(`Password: ${password}`);
  } finally {
    await deps.db.destroy();
  }
}

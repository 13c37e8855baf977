import { grantPublishing, insertAccountAudited } from "../accounts/service.ts";
import { fileRequest } from "../account-requests/service.ts";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import * as usersRepo from "../users/repo.ts";
import { createUser, DEMO_PASSWORD } from "../users/service.ts";
import { seedKit } from "../brand/service.ts";
import { updateBrandSettings } from "../brand/settings.ts";
import { DEMO_ACCOUNTS, DEMO_ADMIN_EMAIL, DEMO_COMMS_EMAILS, DEMO_CONTRIBUTOR_EMAIL, DEMO_ORGANISATION_NAME, DEMO_TAXONOMY, DEMO_USERS } from "./organisation.ts";

async function userByEmail(deps: Deps, email: string) {
  const id = await usersRepo.findUserIdByEmail(deps.db, email);
  const user = id ? await usersRepo.findUserById(deps.db, id) : undefined;
  if (!user) throw new Error(`demo user ${email} is missing`);
  return user;
}

/**
 * Seeds the demo organisation into an empty database. Returns false (and changes nothing)
 * when there are users already, so a restart never duplicates or resets anything.
 */
export async function seedDemo(deps: Deps): Promise<boolean> {
  if (deps.config.mode === "production") {
    throw new AppError("FORBIDDEN", "The demo organisation uses a published password and cannot be seeded in production mode.");
  }
  if ((await usersRepo.countUsers(deps.db)) > 0) return false;

  for (const u of DEMO_USERS) {
    await createUser(deps, null, { email: u.email, name: u.name, roles: u.roles, departmentName: u.department, password: DEMO_PASSWORD });
  }
  const admin = await userByEmail(deps, DEMO_ADMIN_EMAIL);
  const accountIds = await deps.db.transaction().execute(async (tx) => {
    const ids: string[] = [];
    for (const account of DEMO_ACCOUNTS) ids.push(await insertAccountAudited(tx, deps, admin.id, account, "demo organisation"));
    return ids;
  });
  for (const email of DEMO_COMMS_EMAILS) {
    const comms = await userByEmail(deps, email);
    for (const accountId of accountIds) await grantPublishing(deps, admin, accountId, comms.id);
  }
  // The brand: NHS colours and a logo placement waiting for its logo, and the tags pictures carry.
  await seedKit(deps);
  await updateBrandSettings(deps, null, { organisationName: DEMO_ORGANISATION_NAME, taxonomy: DEMO_TAXONOMY });
  // One open request, so the admin's queue shows what a business case looks like.
  await fileRequest(deps, await userByEmail(deps, DEMO_CONTRIBUTOR_EMAIL), {
    platform: "instagram",
    handle: "@demonhst_community",
    name: "Demo NHS Trust Community Services",
    purpose: "Share health visiting and district nursing updates with families in the borough.",
    audience: "Parents of under-fives and carers of housebound patients.",
    operators: "Community Services engagement lead, with the communications team approving every post.",
    measure: "Reach among local parents, clinic attendance after campaigns, and questions answered within two working days.",
  });
  return true;
}

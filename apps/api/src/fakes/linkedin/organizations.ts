import type { Hono } from "hono";
import { withFaults, type FaultQueue } from "./faults.ts";
import { restliError, type LinkedInEnv } from "./restli.ts";
import type { LinkedInState } from "./state.ts";

/** Which pages the signed-in member administers, and a page's details. */
export function mountOrganizations(app: Hono<LinkedInEnv>, state: LinkedInState, faults: FaultQueue): void {
  app.get(
    "/rest/organizationAcls",
    withFaults<LinkedInEnv>(faults, "organizationAcls", (c) => {
      if (c.req.query("q") !== "roleAssignee") return restliError(c, 400, "ILLEGAL_ARGUMENT", "Only the roleAssignee finder is available here (q=roleAssignee).");
      const role = c.req.query("role");
      const wantedState = c.req.query("state");
      const member = state.members.get(c.get("member"));
      const start = Number(c.req.query("start") ?? 0);
      const count = Number(c.req.query("count") ?? 10);
      // Every role the fake hands out is an approved ADMINISTRATOR.
      const matches = (!role || role === "ADMINISTRATOR") && (!wantedState || wantedState === "APPROVED");
      const all = matches
        ? [...(member?.administers ?? [])].map((id) => ({
            roleAssignee: c.get("member"),
            state: "APPROVED",
            role: "ADMINISTRATOR",
            organization: `urn:li:organization:${id}`,
          }))
        : [];
      return c.json({ paging: { start, count, links: [], total: all.length }, elements: all.slice(start, start + count) });
    }),
  );

  app.get(
    "/rest/organizations/:id",
    withFaults<LinkedInEnv>(faults, "organizations", (c) => {
      const organization = state.organizations.get(Number(c.req.param("id")));
      if (!organization) return restliError(c, 404, "NOT_FOUND", `Organization ${c.req.param("id")} does not exist`);
      return c.json({
        id: organization.id,
        vanityName: organization.vanityName,
        localizedName: organization.localizedName,
        name: { localized: { en_GB: organization.localizedName }, preferredLocale: { country: "GB", language: "en" } },
        primaryOrganizationType: "NONE",
      });
    }),
  );
}

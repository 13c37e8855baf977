/** The roles of the public API contract (spec/api.md); a user may hold several. */
export const ROLES = ["contributor", "comms_officer", "brand_guardian", "ig_officer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  contributor: "Contributor",
  comms_officer: "Communications officer",
  brand_guardian: "Brand guardian",
  ig_officer: "Information governance officer",
  admin: "Administrator",
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

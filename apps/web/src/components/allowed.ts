import { can, type Capability, type Role } from "@gatehouse/policy";

/** One capability, or a list of which any one will do (the picture library is for uploaders and for those who see every picture). */
export type Needed = Capability | readonly Capability[];

/** Whether these roles have what a page or a link needs; packages/policy's can() decides each capability. */
export function allowed(roles: readonly Role[], needed: Needed): boolean {
  return typeof needed === "string" ? can(roles, needed) : needed.some((capability) => can(roles, capability));
}

import type { UserWithRoles } from "./repo.ts";

/** What the API tells about a user: never the password hash. */
export function publicUser(user: UserWithRoles) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    department: user.departmentId ? { id: user.departmentId, name: user.departmentName ?? "" } : null,
  };
}
export type PublicUser = ReturnType<typeof publicUser>;

import type { ReactNode } from "react";
import { useCurrentUser } from "../auth/session-context.ts";
import { allowed, type Needed } from "./allowed.ts";
import { NotAllowed } from "./not-allowed.tsx";

/** Guards a route: without the capability (or any one of a list) the page, and its form, is never rendered. */
export function RequireCapability({ capability, children }: { capability: Needed; children: ReactNode }) {
  const user = useCurrentUser();
  if (!allowed(user.roles, capability)) return <NotAllowed />;
  return children;
}

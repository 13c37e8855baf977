import { can, type Capability } from "@gatehouse/policy";
import type { ReactNode } from "react";
import { useCurrentUser } from "../auth/session-context.ts";
import { NotAllowed } from "./not-allowed.tsx";

/** Guards a route: without the capability the page, and its form, is never rendered. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const user = useCurrentUser();
  if (!can(user.roles, capability)) return <NotAllowed />;
  return children;
}

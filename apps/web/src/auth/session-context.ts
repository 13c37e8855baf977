import { createContext, useContext } from "react";
import type { SignedInUser } from "../api-types.ts";

export const SessionContext = createContext<SignedInUser | null>(null);

/** The signed-in user; only for pages under RequireSignIn. */
export function useCurrentUser(): SignedInUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error("useCurrentUser is only for pages behind RequireSignIn");
  return user;
}

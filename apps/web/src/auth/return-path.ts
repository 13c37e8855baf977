import type { Location } from "react-router";

export const SIGN_IN_PATH = "/sign-in";

/** Where the person was headed, carried in the router state of the redirect to sign in. */
export interface SignInState {
  from: string;
}

export function signInState(location: Location): SignInState {
  return { from: `${location.pathname}${location.search}${location.hash}` };
}

/** Only a path inside this app, never another site or the sign-in page itself. */
export function returnPath(state: unknown): string {
  const from = typeof state === "object" && state !== null && "from" in state ? state.from : undefined;
  if (typeof from !== "string" || !from.startsWith("/") || from.startsWith("//") || from.startsWith(SIGN_IN_PATH)) return "/";
  return from;
}

import type { Context } from "hono";
import { completeOAuth, OAuthCallbackError } from "../connections/service.ts";
import type { Deps } from "../deps.ts";
import { signedIn } from "./http-errors.ts";

function back(c: Context, accountId: string | null, query: string) {
  return c.redirect(`${accountId ? `/accounts/${accountId}` : "/accounts"}?${query}`, 303);
}

/**
 * GET /api/oauth/callback: the platform sends the person back here with a code. The
 * outcome is shown on the account's page, never as a raw error page.
 */
export function oauthCallbackHandler(deps: Deps) {
  return async (c: Context) => {
    const auth = await signedIn(deps, c, "accounts.connect");
    if ("refusal" in auth) return auth.refusal;
    try {
      const done = await completeOAuth(deps, auth.user.id, {
        state: c.req.query("state"),
        code: c.req.query("code"),
        error: c.req.query("error"),
        errorDescription: c.req.query("error_description"),
      });
      return back(c, done.accountId, "connected=1");
    } catch (error) {
      if (error instanceof OAuthCallbackError) return back(c, error.accountId, `connectError=${encodeURIComponent(error.message)}`);
      deps.log.error({ err: error }, "connecting an account failed");
      return back(c, null, `connectError=${encodeURIComponent("Something went wrong on our side while connecting the account. Try again.")}`);
    }
  };
}

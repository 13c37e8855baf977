import type { Hono } from "hono";
import { fakeBase } from "../recorder.ts";
import { mediaUrl } from "./entities.ts";
import { escapeHtml, statusHtml } from "./format.ts";
import type { MastodonEnv } from "./guards.ts";
import type { MastodonFakeState } from "./state.ts";
import { GATEHOUSE_SCOPES, issueToken, usernameFrom } from "./tokens.ts";

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;
}

function tokenForm(error = ""): string {
  return page(
    "Your applications",
    `<h1>Development: your applications</h1>
<p>Make an access token for Gatehouse, then paste it on the account's page in Gatehouse.</p>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post">
<label>Username <input name="username" required autocomplete="username"></label>
<label>Scopes <input name="scopes" value="${escapeHtml(GATEHOUSE_SCOPES.join(" "))}"></label>
<button type="submit">Submit</button>
</form>`,
  );
}

/** The pages a person sees: where to get an access token, and each post as the public sees it. */
export function pageRoutes(app: Hono<MastodonEnv>, state: MastodonFakeState, prefix: string): void {
  app.get("/settings/applications", (c) => c.html(tokenForm()));

  app.post("/settings/applications", async (c) => {
    const form = await c.req.parseBody();
    const username = usernameFrom(typeof form.username === "string" ? form.username : "");
    if (!username) return c.html(tokenForm("Type the username to post as: letters, digits and underscores."), 422);
    const scopes = typeof form.scopes === "string" && form.scopes.trim() ? form.scopes.trim().split(/\s+/) : GATEHOUSE_SCOPES;
    const token = issueToken(state, username, scopes);
    return c.html(
      page(
        "Application created",
        `<h1>Application created for @${escapeHtml(username)}@${escapeHtml(state.domain)}</h1>
<p>Scopes: ${escapeHtml(token.scopes.join(" "))}</p>
<p>Your access token: <code id="access-token">${escapeHtml(token.token)}</code></p>
<p><a href="">Make another</a></p>`,
      ),
    );
  });

  app.get("/:handle{@[a-zA-Z0-9_]+}/:id{[0-9]+}", (c) => {
    const base = fakeBase(c.req.url, prefix);
    const account = state.accountByUsername(c.req.param("handle").slice(1));
    const status = state.statuses.find((item) => item.id === c.req.param("id") && item.accountId === account?.id && !item.deletedAt);
    if (!account || !status) return c.html(page("Not found", "<h1>The page you are looking for isn't here.</h1>"), 404);
    const isLocal = (username: string) => Boolean(state.accountByUsername(username));
    const pictures = status.mediaIds
      .map((id) => state.media.get(id)!)
      .map((media) => `<img src="${escapeHtml(mediaUrl(media, base, "original"))}" alt="${escapeHtml(media.description ?? "")}" width="${media.width}" height="${media.height}" style="max-width:100%;height:auto">`)
      .join("");
    return c.html(
      page(
        `@${account.username}`,
        `<article><header><strong>@${escapeHtml(account.username)}@${escapeHtml(state.domain)}</strong> <time datetime="${status.createdAt.toISOString()}">${status.createdAt.toISOString()}</time></header>
<div class="status__content">${statusHtml(status.text, base, isLocal)}</div>${pictures}</article>`,
      ),
    );
  });
}

/** The fake's sign-in and consent page, the stand-in for www.linkedin.com/oauth/v2/authorization. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

export function authorizePage(action: string, params: URLSearchParams): string {
  const hidden = [...params.entries()].map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join("\n      ");
  const scopes = (params.get("scope") ?? "").split(/[\s,]+/).filter(Boolean);
  return `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8"><title>Sign in to LinkedIn (fake)</title></head>
  <body>
    <main>
      <h1>LinkedIn (fake)</h1>
      <p>Gatehouse wants to post as a LinkedIn organisation page you administer.</p>
      <p>It asks for: ${scopes.map((scope) => `<code>${escapeHtml(scope)}</code>`).join(", ") || "no permissions"}.</p>
      <form method="post" action="${escapeHtml(action)}">
      ${hidden}
        <label>Your LinkedIn username <input name="username" required autocomplete="username"></label>
        <label>Organisation page you administer (its vanity name, as in linkedin.com/company/<em>name</em>)
          <input name="organization" required pattern="[A-Za-z0-9][A-Za-z0-9-]*"></label>
        <button type="submit" name="decision" value="allow">Authorize app</button>
        <button type="submit" name="decision" value="cancel" formnovalidate>Cancel</button>
      </form>
    </main>
  </body>
</html>`;
}

export function errorPage(message: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>LinkedIn (fake)</title></head><body><main><h1>Sign-in cannot go ahead</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}

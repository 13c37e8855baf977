export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

export function htmlPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}label{display:block;margin:1rem 0 .25rem}input{font-size:1rem;padding:.4rem;width:100%}button{margin-top:1rem;font-size:1rem;padding:.5rem 1rem}figure{margin:1rem 0}img{max-width:100%}</style>
</head><body>${body}</body></html>`;
}

/** The hidden fields that carry the authorisation request through the form. */
export function hiddenFields(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value!)}">`)
    .join("\n");
}

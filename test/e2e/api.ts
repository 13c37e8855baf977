import type { Page } from "playwright-core";

/** Calls the API with this page's session, as the web app does: for setting up data quickly. */
export async function call<T>(page: Page, baseUrl: string, procedure: string, input?: unknown, kind: "query" | "mutation" = "mutation"): Promise<T> {
  const res =
    kind === "query"
      ? await page.request.get(`${baseUrl}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input ?? {}))}`)
      : await page.request.post(`${baseUrl}/trpc/${procedure}`, { data: input ?? {} });
  const body = (await res.json()) as { result?: { data: T }; error?: { message: string } };
  if (!body.result) throw new Error(`${procedure} failed: ${body.error?.message ?? res.status()}`);
  return body.result.data;
}

export const BRIEF = {
  objective: "More people book a flu jab before December.",
  audience: "Adults over 65 and carers.",
  keyMessages: "Free jabs; walk in on Tuesdays.",
  measure: "Bookings in the fortnight after posting.",
};

import type { Context, MiddlewareHandler } from "hono";
import { presentedToken } from "./auth.ts";
import type { MetaState } from "./state.ts";

/** Calls an app may make in an hour before X-App-Usage says 100%: small, so the percentages move in a demo. */
const APP_CALLS_PER_HOUR = 2_000;

export class UsageMeter {
  private calls: number[] = [];

  constructor(private readonly state: MetaState) {}

  private percent(): number {
    const hourAgo = this.state.now().getTime() - 3_600_000;
    this.calls = this.calls.filter((at) => at > hourAgo);
    return Math.min(100, Math.round((this.calls.length / APP_CALLS_PER_HOUR) * 100));
  }

  /** The page (or Instagram account's page) the caller's token acts for: Business Use Case usage is counted per page. */
  private pageOf(c: Context): string | undefined {
    const value = presentedToken(c);
    return value ? this.state.tokens.get(value)?.pageId : undefined;
  }

  headers(c: Context, throttledMinutes = 0): Record<string, string> {
    const percent = throttledMinutes > 0 ? 100 : this.percent();
    const usage = { call_count: percent, total_cputime: Math.round(percent / 2), total_time: Math.round(percent / 2) };
    const headers: Record<string, string> = { "x-app-usage": JSON.stringify(usage) };
    const page = this.pageOf(c);
    const key = page ?? "0";
    headers["x-business-use-case-usage"] = JSON.stringify({
      [key]: [{ type: "pages", ...usage, estimated_time_to_regain_access: throttledMinutes }],
    });
    return headers;
  }

  /** Counts every call and puts Meta's usage headers on every answer that has none yet. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      this.calls.push(this.state.now().getTime());
      await next();
      const headers = this.headers(c);
      for (const [name, value] of Object.entries(headers)) {
        if (!c.res.headers.has(name)) c.res.headers.set(name, value);
      }
    };
  }
}

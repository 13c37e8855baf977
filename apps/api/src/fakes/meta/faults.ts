import type { Context, MiddlewareHandler } from "hono";
import { graphErrorBody, type GraphErrorFields } from "./graph-response.ts";

/**
 * How the fake misbehaves on its next calls to a route:
 * - transient: HTTP 500 with Meta's "please retry" error (code 2, is_transient)
 * - server_error: a bare HTTP 503 with no Graph body, as a load balancer sends
 * - throttle: a throttling error (code 32 unless given) and X-Business-Use-Case-Usage saying
 *   how many minutes until access returns
 * - hang: the call is carried out, then the answer waits `ms` (or until `releaseHangs()`)
 * - error: any Graph error, for codes the fake does not produce by itself
 */
export type MetaFault =
  | { kind: "transient" }
  | { kind: "server_error" }
  | { kind: "throttle"; minutes: number; code?: number }
  | { kind: "hang"; ms?: number }
  | { kind: "error"; status?: number; error: GraphErrorFields };

/**
 * Routes are named by method and the last path part: "POST feed", "POST photos",
 * "GET feed", "POST media", "POST media_publish", "GET media", "GET node" (GET /{id}),
 * "DELETE node", "GET accounts", "GET access_token", "GET dialog".
 */
export function routeKey(method: string, pathInFake: string): string {
  const parts = pathInFake.split("/").filter(Boolean);
  if (parts[0] === "dialog") return `${method} dialog`;
  if (parts[0] === "oauth") return `${method} access_token`;
  if (parts.length === 1) return `${method} node`;
  return `${method} ${parts[parts.length - 1]}`;
}

export class FaultPlan {
  private planned = new Map<string, MetaFault[]>();
  private waiting = new Set<() => void>();

  add(route: string, fault: MetaFault, times: number): void {
    const queue = this.planned.get(route) ?? [];
    for (let i = 0; i < times; i++) queue.push(fault);
    this.planned.set(route, queue);
  }

  take(route: string): MetaFault | undefined {
    return this.planned.get(route)?.shift();
  }

  clear(): void {
    this.planned.clear();
  }

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiting.add(done);
    });
  }

  releaseHangs(): void {
    for (const done of [...this.waiting]) done();
  }
}

export function injectFaults(
  plan: FaultPlan,
  prefix: string,
  defaultHangMs: number,
  throttledUsage: (c: Context, minutes: number) => Record<string, string>,
): MiddlewareHandler {
  return async (c, next) => {
    const route = routeKey(c.req.method, new URL(c.req.url).pathname.slice(prefix.length));
    const fault = plan.take(route);
    if (!fault) return next();
    switch (fault.kind) {
      case "transient":
        return c.json(graphErrorBody({ message: "An unexpected error has occurred. Please retry your request later.", code: 2, isTransient: true }), 500);
      case "server_error":
        return c.text("Service Unavailable", 503);
      case "throttle": {
        const code = fault.code ?? 32;
        return c.json(graphErrorBody({ message: `(#${code}) Page request limit reached`, code, isTransient: true }), 400, throttledUsage(c, fault.minutes));
      }
      case "error":
        return c.json(graphErrorBody(fault.error), (fault.status ?? 400) as 400);
      case "hang":
        await next();
        await plan.wait(fault.ms ?? defaultHangMs);
        return;
    }
  };
}

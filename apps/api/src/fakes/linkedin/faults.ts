import { setTimeout as sleep } from "node:timers/promises";
import type { Context, Env } from "hono";

/** The fake's routes, by name, for injecting faults. */
export type LinkedInRoute =
  | "token"
  | "organizationAcls"
  | "organizations"
  | "images.initializeUpload"
  | "images.upload"
  | "images.get"
  | "posts.create"
  | "posts.list"
  | "posts.delete";

export type LinkedInFault =
  | { kind: "server_error"; status?: 500 | 502 | 503 | 504 }
  /** LinkedIn sends no rate-limit headers; retryAfterSeconds adds a Retry-After to test that path */
  | { kind: "rate_limited"; retryAfterSeconds?: number }
  /** do the work (store the post), then answer only after `ms`: a lost response */
  | { kind: "hang"; ms: number };

/** Faults waiting for the next calls to each route, first in first out. */
export class FaultQueue {
  private readonly queued = new Map<LinkedInRoute, LinkedInFault[]>();

  /** The next `times` calls to `route` meet `fault`. */
  next(route: LinkedInRoute, fault: LinkedInFault, times = 1): void {
    const list = this.queued.get(route) ?? [];
    for (let i = 0; i < times; i++) list.push(fault);
    this.queued.set(route, list);
  }

  take(route: LinkedInRoute): LinkedInFault | undefined {
    return this.queued.get(route)?.shift();
  }

  clear(): void {
    this.queued.clear();
  }
}

/** Runs a route's handler under whatever fault is queued for it. */
export function withFaults<E extends Env>(faults: FaultQueue, route: LinkedInRoute, handler: (c: Context<E>) => Response | Promise<Response>) {
  return async (c: Context<E>): Promise<Response> => {
    const fault = faults.take(route);
    if (fault?.kind === "server_error") {
      const status = fault.status ?? 500;
      return c.json({ status, message: "Internal Server Error" }, status);
    }
    if (fault?.kind === "rate_limited") {
      if (fault.retryAfterSeconds !== undefined) c.header("retry-after", String(fault.retryAfterSeconds));
      return c.json({ status: 429, serviceErrorCode: 101, code: "TOO_MANY_REQUESTS", message: "Resource level throttle APPLICATION DAY limit for calls to this resource is reached." }, 429);
    }
    const response = await handler(c);
    // Not holding the process open: a test that has finished does not wait for a lost answer.
    if (fault?.kind === "hang") await sleep(fault.ms, undefined, { ref: false });
    return response;
  };
}

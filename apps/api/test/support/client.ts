import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import type { Hono } from "hono";
import type { AppRouter } from "../../src/router.ts";

export type Client = TRPCClient<AppRouter>;

const jars = new WeakMap<Client, () => string>();

/** The session cookie a client currently holds ("" when none). */
export function cookieOf(client: Client): string {
  return jars.get(client)?.() ?? "";
}

/**
 * A real tRPC client whose fetch goes straight into the Hono app: real HTTP semantics
 * (status codes, headers, cookies) without a port.
 */
export function clientFor(app: Hono): Client {
  let cookie = "";
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: "http://gatehouse.test/trpc",
        fetch: async (url, init) => {
          const headers = new Headers(init?.headers);
          if (cookie) headers.set("cookie", cookie);
          const res = await app.request(String(url), { ...init, headers });
          for (const set of res.headers.getSetCookie()) {
            const pair = set.split(";")[0]!;
            cookie = pair.endsWith("=") ? "" : pair;
          }
          return res;
        },
      }),
    ],
  });
  jars.set(client, () => cookie);
  return client;
}

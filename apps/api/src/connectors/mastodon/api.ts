import type { ConnectorContext } from "../context.ts";
import { platformFetch, type PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError, type Connection, type ConnectorAccount, type Credentials } from "../types.ts";

export interface MastodonRequest {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/** One call to the account's instance. `baseUrl` may carry a path (a fake mounted under /fakes/mastodon). */
export function callMastodon(ctx: ConnectorContext, baseUrl: string, accessToken: string | null, path: string, request: MastodonRequest = {}): Promise<PlatformResponse> {
  const headers: Record<string, string> = { ...request.headers };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  return platformFetch(ctx.fetch, `${baseUrl.replace(/\/+$/, "")}${path}`, {
    method: request.method,
    headers,
    body: request.body,
    signal: request.signal,
    timeoutMs: ctx.requestTimeoutMs,
  });
}

export interface MastodonSession {
  connection: Connection;
  credentials: Credentials;
}

/** The account's instance and token; an account without them cannot post and needs connecting. */
export async function sessionFor(account: ConnectorAccount): Promise<MastodonSession> {
  if (!account.connection) throw new ConnectorError("auth", `${account.handle} is not connected to Mastodon: connect it on the account's page.`);
  return { connection: account.connection, credentials: await account.connection.credentials() };
}

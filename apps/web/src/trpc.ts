import type { AppRouter } from "@gatehouse/api/router";
import { createTRPCClient, httpLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

// Named types, so the emitted declarations need not spell out the API's internal modules.
type ApiContext = ReturnType<typeof createTRPCContext<AppRouter>>;
export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

const apiContext: ApiContext = createTRPCContext<AppRouter>();

/** Provides the client to `useTRPC()`. */
export const TRPCProvider: ApiContext["TRPCProvider"] = apiContext.TRPCProvider;

/** Query and mutation options for TanStack Query, typed from the API's router. */
export const useTRPC: ApiContext["useTRPC"] = apiContext.useTRPC;

/**
 * One request per call (httpLink, not batched), so a plain HTTP error from the server, such as
 * the 413 for an oversized body, still arrives as a tRPC error with its code and message.
 */
export function createApiClient(): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: "/trpc",
        fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
      }),
    ],
  });
}

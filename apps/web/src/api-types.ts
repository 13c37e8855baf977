import type { AppRouter } from "@gatehouse/api/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type SignedInUser = NonNullable<RouterOutputs["auth"]["me"]["user"]>;
export type AccountSummary = RouterOutputs["accounts"]["list"][number];
export type AccountDetail = RouterOutputs["accounts"]["get"];
export type AccountRequest = RouterOutputs["accountRequests"]["get"];

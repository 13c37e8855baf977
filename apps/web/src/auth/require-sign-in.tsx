import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Layout } from "../components/layout.tsx";
import { Loading } from "../components/loading.tsx";
import { ServiceProblem } from "../components/service-problem.tsx";
import { useTRPC } from "../trpc.ts";
import { SIGN_IN_PATH, signInState } from "./return-path.ts";
import { SessionContext } from "./session-context.ts";
import { useSignOutOnExpiry } from "./use-sign-out-on-expiry.ts";

/**
 * Shows its children, in the signed-in layout, only to a signed-in user; anyone else goes to
 * sign in and comes back here afterwards.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const location = useLocation();
  const me = useQuery(trpc.auth.me.queryOptions());
  useSignOutOnExpiry();

  if (me.isPending) {
    return (
      <Layout user={null}>
        <Loading />
      </Layout>
    );
  }
  if (me.isError) {
    return (
      <Layout user={null}>
        <ServiceProblem />
      </Layout>
    );
  }
  if (!me.data.user) return <Navigate to={SIGN_IN_PATH} replace state={signInState(location)} />;
  return (
    <SessionContext value={me.data.user}>
      <Layout user={me.data.user}>{children}</Layout>
    </SessionContext>
  );
}

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { apiErrorCode } from "../components/api-error.ts";
import { useTRPC } from "../trpc.ts";

/**
 * When any call answers UNAUTHORIZED (the session ended or was revoked), forget the user, so
 * RequireSignIn sends the person to sign in and back here afterwards.
 */
export function useSignOutOnExpiry(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    const meKey = trpc.auth.me.queryKey();
    const check = (error: unknown) => {
      if (apiErrorCode(error) === "UNAUTHORIZED") queryClient.setQueryData(meKey, { user: null });
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") check(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") check(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [trpc, queryClient]);
}

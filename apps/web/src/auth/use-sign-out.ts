import { hashKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useTRPC } from "../trpc.ts";
import { SIGN_IN_PATH } from "./return-path.ts";

/** Ends the session, then forgets everything cached for this user before anyone else signs in. */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation(trpc.auth.logout.mutationOptions());

  const signOut = () => {
    if (logout.isPending) return;
    logout.mutate(undefined, {
      onSettled: () => {
        // Even if the server had already ended the session, the person asked to leave.
        const meKey = trpc.auth.me.queryKey();
        queryClient.setQueryData(meKey, { user: null });
        void navigate(SIGN_IN_PATH, { replace: true });
        const meHash = hashKey(meKey);
        queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
      },
    });
  };
  return { signOut, pending: logout.isPending };
}

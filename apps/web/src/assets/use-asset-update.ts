import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";

/** assets.update, and the picture and the library read afresh after it (new crops, new details). */
export function useAssetUpdate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.assets.update.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.assets.pathFilter());
      },
    }),
  );
}

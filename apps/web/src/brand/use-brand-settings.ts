import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";

/** The organisation's name and tags; everyone signed in may read them, to tag pictures as the brand asks. */
export function useBrandSettings() {
  const trpc = useTRPC();
  return useQuery(trpc.brand.settings.queryOptions());
}

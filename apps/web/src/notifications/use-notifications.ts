import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";

/** How often the header's badge asks for new notifications. */
export const NOTIFICATIONS_REFRESH_MS = 30_000;

/** The signed-in person's notifications, shared by the header's badge and the notifications page. */
export function useNotifications() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.notifications.list.queryOptions(), refetchInterval: NOTIFICATIONS_REFRESH_MS });
}

/**
 * Marks notifications read. The list is refreshed from the mutation's own options, so it still
 * happens when the person has already followed the notification's link to another page.
 */
export function useMarkRead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.notifications.list.queryFilter()),
    }),
  );
}

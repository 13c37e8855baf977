import { z } from "zod";
import { authedProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

export const notificationsRouter = router({
  list: authedProcedure.query(({ ctx }) => service.listNotifications(ctx.deps, ctx.user.id)),
  markRead: authedProcedure
    .input(z.object({ ids: z.union([z.array(z.string().max(64)).max(200), z.literal("all")]) }))
    .mutation(async ({ ctx, input }) => {
      await service.markNotificationsRead(ctx.deps, ctx.user.id, input.ids);
      return { ok: true as const };
    }),
});

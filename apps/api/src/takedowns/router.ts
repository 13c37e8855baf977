import { z } from "zod";
import { authedProcedure, capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

const id = z.string().min(1).max(64);

export const takedownsRouter = router({
  list: capabilityProcedure("accounts.publish")
    .input(z.object({ state: z.enum(["open", "done", "cancelled"]).optional() }).optional())
    .query(({ ctx, input }) => service.listTakedowns(ctx.deps, input?.state)),

  /** Any member of staff may ask for content about them to come down; comms decides and acts. */
  request: authedProcedure
    .input(z.object({ postId: id, reason: z.string().trim().min(1, "Say why the post should come down.").max(2000) }))
    .mutation(({ ctx, input }) => service.requestTakedown(ctx.deps, ctx.user, input.postId, input.reason)),

  close: capabilityProcedure("accounts.publish")
    .input(z.object({ id, note: z.string().trim().min(1, "Say what was done: for example, removed by hand on Instagram.").max(2000) }))
    .mutation(({ ctx, input }) => service.closeTakedown(ctx.deps, ctx.user, input.id, input.note)),
});

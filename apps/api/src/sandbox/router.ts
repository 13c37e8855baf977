import { z } from "zod";
import { capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

const id = z.string().min(1).max(64);

export const sandboxRouter = router({
  feed: capabilityProcedure("accounts.view").input(z.object({ accountId: id })).query(({ ctx, input }) => service.sandboxFeed(ctx.deps, input.accountId)),

  setFault: capabilityProcedure("accounts.manage")
    .input(z.object({ accountId: id, mode: z.enum(service.FAULT_MODES), count: z.number().int().min(0).max(1000), retryAfterMs: z.number().int().min(0).max(3_600_000).optional() }))
    .mutation(async ({ ctx, input }) => {
      await service.setSandboxFault(ctx.deps, input);
      return { ok: true as const };
    }),
});

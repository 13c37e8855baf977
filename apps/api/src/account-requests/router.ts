import { z } from "zod";
import { accountInput } from "../accounts/router.ts";
import { capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

function caseField(what: string) {
  return z
    .string({ error: what })
    .trim()
    .min(1, what)
    .max(2000, "Keep this to 2,000 characters or fewer.");
}

const id = z.string().min(1).max(64);

export const accountRequestsRouter = router({
  create: capabilityProcedure("accountRequests.create")
    .input(
      z.object({
        ...accountInput,
        purpose: caseField("Say what the account is for."),
        audience: caseField("Say who the account is for."),
        operators: caseField("Say who will run the account day to day."),
        measure: caseField("Say how you will measure whether the account is a success."),
      }),
    )
    .mutation(async ({ ctx, input }) => ({ id: await service.fileRequest(ctx.deps, ctx.user, input), state: "pending" as const })),

  list: capabilityProcedure("accountRequests.create").query(({ ctx }) => service.listRequests(ctx.deps, ctx.user)),

  get: capabilityProcedure("accountRequests.create")
    .input(z.object({ id }))
    .query(({ ctx, input }) => service.getRequest(ctx.deps, ctx.user, input.id)),

  approve: capabilityProcedure("accountRequests.decide")
    .input(z.object({ id, note: z.string().max(2000).optional() }))
    .mutation(async ({ ctx, input }) => ({
      id: input.id,
      state: "approved" as const,
      accountId: await service.approveRequest(ctx.deps, ctx.user, input.id, input.note),
    })),

  decline: capabilityProcedure("accountRequests.decide")
    .input(z.object({ id, reason: caseField("Give the reason for declining, so the department knows what to change.") }))
    .mutation(async ({ ctx, input }) => {
      await service.declineRequest(ctx.deps, ctx.user, input.id, input.reason);
      return { id: input.id, state: "declined" as const };
    }),
});

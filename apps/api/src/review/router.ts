import { PLATFORMS, SUBMISSION_STATES } from "@gatehouse/policy";
import { z } from "zod";
import { capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

const id = z.string().min(1).max(64);
const reason = (what: string) => z.string({ error: what }).trim().min(1, what).max(4000, "Keep this to 4,000 characters or fewer.");
const review = capabilityProcedure("submissions.review");

export const reviewRouter = router({
  queue: review
    .input(
      z
        .object({
          state: z.enum(SUBMISSION_STATES).optional(),
          departmentId: id.optional(),
          accountId: id.optional(),
          hasFindings: z.boolean().optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) => service.queue(ctx.deps, input ?? {})),

  claim: review.input(z.object({ id })).mutation(({ ctx, input }) => service.claim(ctx.deps, ctx.user, input.id)),

  editCopy: review
    .input(z.object({ id, accountId: id, text: z.string().max(63_206).nullable() }))
    .mutation(({ ctx, input }) => service.editCopy(ctx.deps, ctx.user, input.id, input.accountId, input.text)),

  requestChanges: review
    .input(z.object({ id, reason: reason("Say what needs to change, so the author can fix it.") }))
    .mutation(({ ctx, input }) => service.requestChanges(ctx.deps, ctx.user, input.id, input.reason)),

  reject: review
    .input(z.object({ id, reason: reason("Give the reason for rejecting it.") }))
    .mutation(({ ctx, input }) => service.reject(ctx.deps, ctx.user, input.id, input.reason)),

  approve: review
    .input(z.object({ id, note: z.string().max(4000).optional() }))
    .mutation(({ ctx, input }) => service.approve(ctx.deps, ctx.user, input.id, input.note)),

  overrideFinding: review
    .input(
      z.object({
        id,
        platform: z.enum(PLATFORMS),
        rule: z.string().min(1).max(200),
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        reason: reason("Write why this finding does not apply: the reason goes in the audit log."),
      }),
    )
    .mutation(({ ctx, input }) => service.overrideFinding(ctx.deps, ctx.user, input)),
});

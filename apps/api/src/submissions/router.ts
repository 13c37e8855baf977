import { z } from "zod";
import { authedProcedure, capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

const id = z.string().min(1).max(64);
const isoDate = z.iso.datetime({ offset: true, error: "Give a date and time like 2026-12-01T09:30:00Z." }).transform((d) => new Date(d).toISOString());
const longText = (max: number, what: string) => z.string().max(max, `${what} must be ${max.toLocaleString("en-GB")} characters or fewer.`);

const fields = {
  title: longText(200, "The title").optional(),
  brief: z
    .object({
      objective: longText(2000, "The objective").optional(),
      audience: longText(2000, "The audience").optional(),
      keyMessages: longText(4000, "The key messages").optional(),
      measure: longText(2000, "How success will be measured").optional(),
    })
    .optional(),
  text: longText(63_206, "The text").optional(),
  targetAccountIds: z.array(id).max(50).optional(),
  assetIds: z.array(id).max(20).optional(),
  links: z.array(z.url({ error: "Each link must be a full web address starting https://" }).max(2000)).max(20).optional(),
  desiredPublishAt: isoDate.nullable().optional(),
  desiredPublishUntil: isoDate.nullable().optional(),
};

export const submissionsRouter = router({
  create: capabilityProcedure("submissions.create")
    .input(z.object(fields))
    .mutation(({ ctx, input }) => service.createSubmission(ctx.deps, ctx.user, input)),

  update: capabilityProcedure("submissions.create")
    .input(z.object({ id, ...fields }))
    .mutation(({ ctx, input: { id, ...rest } }) => service.updateSubmission(ctx.deps, ctx.user, id, rest)),

  submit: capabilityProcedure("submissions.create")
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => service.submitSubmission(ctx.deps, ctx.user, input.id)),

  withdraw: capabilityProcedure("submissions.create")
    .input(z.object({ id, reason: z.string().max(2000).optional() }))
    .mutation(({ ctx, input }) => service.withdrawSubmission(ctx.deps, ctx.user, input.id, input.reason)),

  get: authedProcedure.input(z.object({ id })).query(({ ctx, input }) => service.getSubmission(ctx.deps, ctx.user, input.id)),

  mine: capabilityProcedure("submissions.create").query(({ ctx }) => service.listMine(ctx.deps, ctx.user)),

  revisions: authedProcedure.input(z.object({ id })).query(({ ctx, input }) => service.revisions(ctx.deps, ctx.user, input.id)),

  comment: authedProcedure
    .input(z.object({ id, body: z.string().trim().min(1, "Write a comment.").max(4000, "Keep a comment to 4,000 characters or fewer.") }))
    .mutation(async ({ ctx, input }) => {
      await service.addComment(ctx.deps, ctx.user, input.id, input.body);
      return { ok: true as const };
    }),
});

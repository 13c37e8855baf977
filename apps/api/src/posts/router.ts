import { POST_STATES } from "@gatehouse/policy";
import { z } from "zod";
import { capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

const id = z.string().min(1).max(64);
const instant = z.iso.datetime({ offset: true, error: "Give the time as an ISO 8601 date and time, like 2026-12-01T09:30:00Z." }).transform((d) => new Date(d).toISOString());
const reason = (what: string) => z.string({ error: what }).trim().min(1, what).max(2000);
const comms = capabilityProcedure("accounts.publish");

export const postsRouter = router({
  schedule: comms
    .input(z.object({ submissionId: id, accountId: id, publishAt: instant, text: z.string().min(1).max(63_206).optional() }))
    .mutation(({ ctx, input }) => service.schedulePost(ctx.deps, ctx.user, input)),

  get: capabilityProcedure("accounts.view").input(z.object({ id })).query(({ ctx, input }) => service.getPost(ctx.deps, input.id)),

  list: capabilityProcedure("accounts.view")
    .input(z.object({ from: instant.optional(), to: instant.optional(), accountId: id.optional(), state: z.enum(POST_STATES).optional(), submissionId: id.optional() }).optional())
    .query(({ ctx, input }) => service.listPosts(ctx.deps, input ?? {})),

  reschedule: comms.input(z.object({ id, publishAt: instant })).mutation(({ ctx, input }) => service.reschedulePost(ctx.deps, ctx.user, input.id, input.publishAt)),

  cancel: comms.input(z.object({ id, reason: z.string().max(2000).optional() })).mutation(({ ctx, input }) => service.cancelPost(ctx.deps, ctx.user, input.id, input.reason)),

  retry: comms.input(z.object({ id })).mutation(({ ctx, input }) => service.retryPost(ctx.deps, ctx.user, input.id)),

  takedown: comms
    .input(z.object({ id, reason: reason("Give the reason for taking the post down: it stays in the record.") }))
    .mutation(({ ctx, input }) => service.takedownPost(ctx.deps, ctx.user, input.id, input.reason)),

  dashboard: comms.query(({ ctx }) => service.dashboard(ctx.deps)),
});

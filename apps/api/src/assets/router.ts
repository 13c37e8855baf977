import { BRAND_STATES, CLASSIFICATIONS, PEOPLE_DECLARATIONS } from "@gatehouse/policy";
import { z } from "zod";
import { authedProcedure, capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

const id = z.string().min(1).max(64);
const unit = (axis: string) => z.number({ error: `The focal point's ${axis} must be a number from 0 to 1.` }).min(0).max(1);

export const assetsRouter = router({
  get: authedProcedure.input(z.object({ id })).query(({ ctx, input }) => service.getAsset(ctx.deps, ctx.user, input.id)),

  list: authedProcedure
    .input(
      z
        .object({
          mine: z.boolean().optional(),
          people: z.enum([...PEOPLE_DECLARATIONS, "undeclared"]).optional(),
          tag: z.string().trim().min(1).max(50).optional(),
          classification: z.enum([...CLASSIFICATIONS, "unlabelled"]).optional(),
          brandState: z.enum(BRAND_STATES).optional(),
          departmentId: id.optional(),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
          search: z.string().trim().max(200).optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) => service.listAssets(ctx.deps, ctx.user, input ?? {})),

  declarePeople: authedProcedure
    .input(z.object({ id, people: z.enum(PEOPLE_DECLARATIONS, { error: "Choose who appears in the picture." }), note: z.string().max(2000, "Keep the note to 2,000 characters or fewer.").optional() }))
    .mutation(({ ctx, input }) => service.declarePeople(ctx.deps, ctx.user, input)),

  update: authedProcedure
    .input(
      z.object({
        id,
        caption: z.string().max(2200, "Keep the caption to 2,200 characters or fewer.").optional(),
        altText: z
          .string()
          .trim()
          .min(1, "Describe what the picture shows: alt text cannot be empty.")
          .max(1000, "Keep the alt text to 1,000 characters or fewer: that is the most X and Instagram accept.")
          .optional(),
        classification: z.enum(CLASSIFICATIONS, { error: "Choose OFFICIAL or OFFICIAL-SENSITIVE." }).nullable().optional(),
        tags: z.array(z.string().trim().min(1).max(50, "Keep each tag to 50 characters or fewer.")).max(20, "Use 20 tags or fewer.").optional(),
        focalPoint: z.object({ x: unit("x"), y: unit("y") }).optional(),
      }),
    )
    .mutation(({ ctx, input: { id: assetId, ...changes } }) => service.updateAsset(ctx.deps, ctx.user, assetId, changes)),

  clearNearCopyFlag: capabilityProcedure("consent.manage")
    .input(z.object({ id, reason: z.string().trim().min(1, "Say why this is a different picture.").max(2000) }))
    .mutation(({ ctx, input }) => service.clearNearCopyFlag(ctx.deps, ctx.user, input.id, input.reason)),
});

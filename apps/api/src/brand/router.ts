import { CORNERS, isHexColour, KIT_LIMITS } from "@gatehouse/policy";
import { z } from "zod";
import { authedProcedure, capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";
import { brandSettings, updateBrandSettings } from "./settings.ts";

const id = z.string().min(1).max(64);
const colour = (what: string) => z.string().trim().refine(isHexColour, { message: `Give ${what} as a hex colour like #005EB8.` });

const layout = z.object({
  corner: z.enum(CORNERS, { error: "Choose a corner for the logo." }),
  margin: z.number().min(KIT_LIMITS.margin.min).max(KIT_LIMITS.margin.max, `Choose a margin from 0% to ${KIT_LIMITS.margin.max * 100}% of the short side.`),
  size: z.number().min(KIT_LIMITS.size.min, `Choose a logo size from ${KIT_LIMITS.size.min * 100}% of the short side.`).max(KIT_LIMITS.size.max, `Choose a logo size up to ${KIT_LIMITS.size.max * 100}% of the short side.`),
  minWidth: z.number().int().min(KIT_LIMITS.minWidth.min).max(KIT_LIMITS.minWidth.max, `Choose a minimum logo width up to ${KIT_LIMITS.minWidth.max} pixels.`),
  strap: z
    .object({
      text: z.string().trim().min(1, "Write the strap's text, or remove the strap.").max(80, "Keep the strap to 80 characters or fewer."),
      textColour: colour("the strap's text colour"),
      background: colour("the strap's background"),
    })
    .nullable(),
});

export const brandRouter = router({
  kit: authedProcedure.input(z.object({ accountId: id.nullable().optional() }).optional()).query(({ ctx, input }) => service.getKit(ctx.deps, input?.accountId)),

  updateKit: capabilityProcedure("brand.manage")
    .input(z.object({ accountId: id.nullable().optional(), layout, colours: z.record(z.string().trim().min(1).max(40), colour("each colour")) }))
    .mutation(({ ctx, input }) => service.updateKit(ctx.deps, ctx.user, input)),

  settings: authedProcedure.query(({ ctx }) => brandSettings(ctx.deps.db)),

  updateSettings: capabilityProcedure("brand.manage")
    .input(
      z.object({
        organisationName: z.string().trim().max(200),
        taxonomy: z.array(z.string().trim().min(1, "Remove the empty tag.").max(50, "Keep each tag to 50 characters or fewer.")).max(200),
      }),
    )
    .mutation(({ ctx, input }) => updateBrandSettings(ctx.deps, ctx.user, input)),

  queue: capabilityProcedure("brand.review").query(({ ctx }) => service.reviewQueue(ctx.deps)),

  approveAsset: capabilityProcedure("brand.review").input(z.object({ id })).mutation(({ ctx, input }) => service.approveAsset(ctx.deps, ctx.user, input.id)),

  rejectAsset: capabilityProcedure("brand.review")
    .input(z.object({ id, reason: z.string().trim().min(1, "Say what the uploader must change.").max(2000) }))
    .mutation(({ ctx, input }) => service.rejectAsset(ctx.deps, ctx.user, input.id, input.reason)),
});

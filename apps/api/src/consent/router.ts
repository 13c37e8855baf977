import { CONSENT_SUBJECT_KINDS, PLATFORMS } from "@gatehouse/policy";
import { z } from "zod";
import { capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

const id = z.string().min(1).max(64);
const isoDate = (what: string) => z.iso.datetime({ offset: true, error: `Give ${what} as a date and time like 2027-12-01T00:00:00Z.` }).transform((d) => new Date(d).toISOString());
const text = (max: number, what: string) => z.string().max(max, `Keep ${what} to ${max.toLocaleString("en-GB")} characters or fewer.`);

export const consentInput = z.object({
  subjectName: z.string().trim().min(1, "Give the person's name.").max(200, "Keep the name to 200 characters or fewer."),
  subjectKind: z.enum(CONSENT_SUBJECT_KINDS, { error: "Choose who the person is: patient, relative, staff, public or child." }),
  guardianName: text(200, "the guardian's name").optional(),
  platforms: z.array(z.enum(PLATFORMS, { error: "Choose platforms from the list." })).min(1, "Choose at least one platform the person agreed to."),
  purposes: text(2000, "the purposes").optional(),
  toldWho: text(2000, "who took the picture").optional(),
  toldPurpose: text(2000, "why it was taken").optional(),
  toldAccess: text(2000, "how they can see or withdraw it").optional(),
  givenAt: isoDate("the date consent was given").optional(),
  expiresAt: isoDate("the expiry").nullable().optional(),
  evidence: z.string().trim().min(1, "Say where the signed consent form is kept (and upload it if you can).").max(2000),
  obtainedBy: text(200, "who obtained consent").optional(),
  assetIds: z.array(id).max(50).default([]),
  faces: z.array(z.object({ assetId: id, faceIndex: z.number().int().min(0).max(200) })).max(50).optional(),
});

export const consentRouter = router({
  create: capabilityProcedure("consent.manage")
    .input(consentInput)
    .mutation(({ ctx, input }) => service.createConsent(ctx.deps, ctx.user, input)),

  get: capabilityProcedure("consent.view").input(z.object({ id })).query(({ ctx, input }) => service.getConsent(ctx.deps, input.id)),

  list: capabilityProcedure("consent.view")
    .input(
      z
        .object({
          search: z.string().trim().max(200).optional(),
          status: z.enum(["live", "withdrawn", "expired", "expiring"]).optional(),
          assetId: id.optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) => service.listConsents(ctx.deps, input ?? {})),

  linkAsset: capabilityProcedure("consent.manage")
    .input(z.object({ id, assetId: id, faceIndex: z.number().int().min(0).max(200).nullable().optional(), unlink: z.boolean().optional() }))
    .mutation(({ ctx, input }) => service.linkConsentAsset(ctx.deps, ctx.user, input)),

  withdraw: capabilityProcedure("consent.manage")
    .input(z.object({ id, reason: z.string().trim().min(1, "Say how and when the person withdrew their consent.").max(2000) }))
    .mutation(({ ctx, input }) => service.withdrawConsent(ctx.deps, ctx.user, input.id, input.reason)),
});

import { CATEGORIES, SEVERITIES } from "@gatehouse/policy";
import { z } from "zod";
import { authedProcedure, capabilityProcedure, router } from "../trpc.ts";
import { consentSettings, updateConsentSettings } from "./consent-settings.ts";
import * as service from "./service.ts";

const HOSTNAME = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

function terms(what: string, max: number) {
  return z
    .array(z.string().trim().min(1, `Remove the empty line from ${what}.`).max(max, `Each of ${what} must be ${max} characters or fewer.`))
    .max(500, `Keep ${what} to 500 lines or fewer.`);
}

/** A rule id or a category: the category list is the contract, rule ids start with their category's family. */
const severityKey = z
  .string()
  .refine((k) => (CATEGORIES as readonly string[]).includes(k) || CATEGORIES.some((c) => k.startsWith(`${c.split(".")[0]}.`)), {
    message: "Severity can be set only for a screening category or one of its rules.",
  });

export const screeningSettingsInput = z.object({
  trustedDomains: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .transform((d) => d.replace(/^https?:\/\//, "").replace(/\/.*$/, "").replace(/^\*?\./, ""))
        .refine((d) => HOSTNAME.test(d), { message: "Each trusted domain must be a domain name such as nhs.uk or demotrust.org.uk." }),
    )
    .max(500),
  orgPhoneNumbers: z
    .array(z.string().trim().regex(/^\+?[\d\s()-]{3,25}$/, "Each organisation phone number must be digits, spaces or dashes, like 0191 123 4567."))
    .max(500),
  orgAddresses: terms("the organisation's addresses", 300),
  bannedTerms: terms("the banned terms", 100),
  allowedTerms: terms("the allowed terms", 100),
  severity: z.record(severityKey, z.enum([...SEVERITIES, "off"])),
});

export const settingsRouter = router({
  /** Every signed-in user reads these: the editor screens with them, live, in the browser. */
  screening: authedProcedure.query(({ ctx }) => service.screeningSettingsWithMeta(ctx.deps)),

  consent: authedProcedure.query(({ ctx }) => consentSettings(ctx.deps.db)),

  updateConsent: capabilityProcedure("settings.manage")
    .input(z.object({ automaticTakedown: z.boolean() }))
    .mutation(({ ctx, input }) => updateConsentSettings(ctx.deps, ctx.user, input)),

  updateScreening: capabilityProcedure("settings.manage")
    .input(screeningSettingsInput)
    .mutation(({ ctx, input }) => service.updateScreeningSettings(ctx.deps, ctx.user, input)),
});

import { ACCOUNT_STATUSES, PLATFORMS } from "@gatehouse/policy";
import { z } from "zod";
import { capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

export const accountInput = {
  platform: z.enum(PLATFORMS, { error: "Choose the platform." }),
  handle: z
    .string({ error: "Enter the account's handle." })
    .trim()
    .min(1, "Enter the account's handle.")
    .max(100, "The handle must be 100 characters or fewer.")
    .regex(/^\S+$/, "The handle cannot contain spaces."),
  name: z
    .string({ error: "Enter the account's display name." })
    .trim()
    .min(1, "Enter the account's display name.")
    .max(100, "The display name must be 100 characters or fewer."),
};

const id = z.string().min(1).max(64);

export const accountsRouter = router({
  list: capabilityProcedure("accounts.view").query(({ ctx }) => service.listAccountsFor(ctx.deps, ctx.user)),

  get: capabilityProcedure("accounts.view")
    .input(z.object({ id }))
    .query(({ ctx, input }) => service.getAccount(ctx.deps, ctx.user, input.id)),

  register: capabilityProcedure("accounts.register")
    .input(z.object(accountInput))
    .mutation(async ({ ctx, input }) => ({ id: await service.registerAccount(ctx.deps, ctx.user, input) })),

  update: capabilityProcedure("accounts.manage")
    .input(z.object({ id, name: accountInput.name.optional(), status: z.enum(ACCOUNT_STATUSES).optional() }))
    .mutation(async ({ ctx, input }) => {
      await service.updateAccount(ctx.deps, ctx.user, input);
      return { id: input.id };
    }),

  grant: capabilityProcedure("accounts.manage")
    .input(z.object({ accountId: id, userId: z.string({ error: "Choose a user." }).min(1, "Choose a user.").max(64) }))
    .mutation(async ({ ctx, input }) => {
      await service.grantPublishing(ctx.deps, ctx.user, input.accountId, input.userId);
      return { ok: true as const };
    }),

  revoke: capabilityProcedure("accounts.manage")
    .input(z.object({ accountId: id, userId: id }))
    .mutation(async ({ ctx, input }) => {
      await service.revokePublishing(ctx.deps, ctx.user, input.accountId, input.userId);
      return { ok: true as const };
    }),
});

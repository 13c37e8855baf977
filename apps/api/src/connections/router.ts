import { z } from "zod";
import { capabilityProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

const accountId = z.string().min(1).max(64);
const baseUrl = z.string({ error: "Enter the server's address." }).trim().min(1, "Enter the server's address.").max(300, "The address must be 300 characters or fewer.");

export const connectionsRouter = router({
  options: capabilityProcedure("accounts.view")
    .input(z.object({ accountId }))
    .query(({ ctx, input }) => service.connectionOptions(ctx.deps, input.accountId)),

  startOAuth: capabilityProcedure("accounts.connect")
    .input(z.object({ accountId, useFake: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => service.startOAuth(ctx.deps, ctx.user, input.accountId, input.useFake)),

  connectToken: capabilityProcedure("accounts.connect")
    .input(
      z.object({
        accountId,
        baseUrl,
        accessToken: z.string({ error: "Paste the access token." }).trim().min(1, "Paste the access token.").max(4000, "That is too long to be an access token."),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await service.connectWithToken(ctx.deps, ctx.user, input);
      return { ok: true as const };
    }),

  connectAppPassword: capabilityProcedure("accounts.connect")
    .input(
      z.object({
        accountId,
        baseUrl,
        identifier: z.string({ error: "Enter the account's handle." }).trim().min(1, "Enter the account's handle.").max(253, "The handle must be 253 characters or fewer."),
        password: z.string({ error: "Enter the app password." }).min(1, "Enter the app password.").max(200, "That is too long to be an app password."),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await service.connectWithAppPassword(ctx.deps, ctx.user, input);
      return { ok: true as const };
    }),

  useSandbox: capabilityProcedure("accounts.connect")
    .input(z.object({ accountId }))
    .mutation(async ({ ctx, input }) => {
      await service.useSandbox(ctx.deps, ctx.user, input.accountId);
      return { ok: true as const };
    }),
});

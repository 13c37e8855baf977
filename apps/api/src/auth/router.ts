import { z } from "zod";
import { authedProcedure, publicProcedure, router } from "../trpc.ts";
import { publicUser } from "../users/public-user.ts";
import * as service from "./service.ts";

export const authRouter = router({
  login: publicProcedure
    .input(
      z.object({
        email: z.string({ error: "Enter your email address." }).trim().min(1, "Enter your email address.").max(320),
        password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { user, token, expiresAt } = await service.login(ctx.deps, input.email, input.password);
      ctx.setSession(token, expiresAt);
      return { user: publicUser(user) };
    }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await service.logout(ctx.deps, ctx.sessionId, ctx.user.id);
    ctx.clearSession();
    return { ok: true as const };
  }),

  me: publicProcedure.query(({ ctx }) => ({ user: ctx.user ? publicUser(ctx.user) : null })),
});

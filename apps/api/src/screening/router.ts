import { PLATFORMS } from "@gatehouse/policy";
import { z } from "zod";
import { authedProcedure, router } from "../trpc.ts";
import * as service from "./service.ts";

export const screeningRouter = router({
  /** Screen a text for some platforms with the organisation's settings: the same answer the editor shows. */
  check: authedProcedure
    .input(
      z.object({
        text: z.string().max(100_000, "The text is over 100,000 characters."),
        platforms: z.array(z.enum(PLATFORMS)).min(1, "Choose at least one platform.").max(PLATFORMS.length),
      }),
    )
    .query(({ ctx, input }) => service.screenText(ctx.deps, input.text, input.platforms)),
});

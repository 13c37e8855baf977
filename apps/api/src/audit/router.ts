import { z } from "zod";
import { capabilityProcedure, router } from "../trpc.ts";
import { listAudit } from "./query.ts";

const instant = z.iso.datetime({ offset: true }).transform((d) => new Date(d).toISOString());

export const auditFilterInput = z.object({
  from: instant.optional(),
  to: instant.optional(),
  actorId: z.string().max(64).optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(64).optional(),
  beforeSeq: z.number().int().positive().optional(),
});

export const auditRouter = router({
  list: capabilityProcedure("audit.view")
    .input(auditFilterInput.extend({ limit: z.number().int().min(1).max(500).optional() }).optional())
    .query(({ ctx, input }) => listAudit(ctx.deps, input ?? {}, input?.limit ?? 100)),
});

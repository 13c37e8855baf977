import { capabilityProcedure, router } from "../trpc.ts";
import { publicUser } from "./public-user.ts";
import * as service from "./service.ts";

export const usersRouter = router({
  list: capabilityProcedure("users.view").query(async ({ ctx }) => (await service.listUsers(ctx.deps)).map(publicUser)),
  departments: capabilityProcedure("users.view").query(({ ctx }) => service.listDepartments(ctx.deps)),
});

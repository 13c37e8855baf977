import { accountRequestsRouter } from "./account-requests/router.ts";
import { accountsRouter } from "./accounts/router.ts";
import { assetsRouter } from "./assets/router.ts";
import { auditRouter } from "./audit/router.ts";
import { brandRouter } from "./brand/router.ts";
import { connectionsRouter } from "./connections/router.ts";
import { consentRouter } from "./consent/router.ts";
import { authRouter } from "./auth/router.ts";
import { notificationsRouter } from "./notifications/router.ts";
import { postsRouter } from "./posts/router.ts";
import { reviewRouter } from "./review/router.ts";
import { sandboxRouter } from "./sandbox/router.ts";
import { screeningRouter } from "./screening/router.ts";
import { submissionsRouter } from "./submissions/router.ts";
import { settingsRouter } from "./settings/router.ts";
import { router } from "./trpc.ts";
import { takedownsRouter } from "./takedowns/router.ts";
import { usersRouter } from "./users/router.ts";

export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  accounts: accountsRouter,
  accountRequests: accountRequestsRouter,
  connections: connectionsRouter,
  settings: settingsRouter,
  screening: screeningRouter,
  submissions: submissionsRouter,
  review: reviewRouter,
  posts: postsRouter,
  notifications: notificationsRouter,
  sandbox: sandboxRouter,
  audit: auditRouter,
  assets: assetsRouter,
  consent: consentRouter,
  takedowns: takedownsRouter,
  brand: brandRouter,
});

export type AppRouter = typeof appRouter;

import type { PlatformModule } from "../platform-module.ts";
import { login } from "./connect.ts";
import { deletePost } from "./delete.ts";
import { findPost } from "./find.ts";
import { publishPost } from "./publish.ts";

/**
 * Bluesky through the account's own PDS (bsky.social for most), signed in with an app
 * password: posts are app.bsky.feed.post records written at a key made from the post's
 * idempotency key, so a resend finds the first attempt instead of posting twice.
 */
export const blueskyPlatform: PlatformModule = {
  platform: "bluesky",
  defaultBaseUrl: "https://bsky.social",
  baseUrlPerAccount: true,
  connect: { kind: "app_password", login },
  connector: (ctx) => ({
    publish: (request) => publishPost(ctx, request),
    find: (request) => findPost(ctx, request),
    delete: (account, remoteId) => deletePost(ctx, account, remoteId),
  }),
};

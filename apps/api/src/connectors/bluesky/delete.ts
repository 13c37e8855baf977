import type { ConnectorContext } from "../context.ts";
import { ConnectorError, type ConnectorAccount } from "../types.ts";
import { AccountSession, connectionOf } from "./authorised.ts";
import { blueskyError } from "./errors.ts";
import { parseAtUri } from "./post-url.ts";

/** com.atproto.repo.deleteRecord, which succeeds when the record is already gone. */
export async function deletePost(ctx: ConnectorContext, account: ConnectorAccount, remoteId: string): Promise<void> {
  const target = parseAtUri(remoteId);
  if (!target) throw new ConnectorError("permanent", `"${remoteId}" is not a Bluesky post address (at://...), so Gatehouse cannot delete it.`);
  const session = new AccountSession(ctx, connectionOf(account));
  const response = await session.call({ nsid: "com.atproto.repo.deleteRecord", body: target });
  if (response.status !== 200) throw blueskyError(response, ctx.clock.now(), "the deletion of the post");
}

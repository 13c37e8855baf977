import { can, decidePostAction, type PostAction } from "@gatehouse/policy";
import { InsetText } from "nhsuk-react-components";
import type { AccountDetail } from "../api-types.ts";
import { useCurrentUser } from "../auth/session-context.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { CancelForm } from "./cancel-form.tsx";
import { actorForAccount } from "./post-actor.ts";
import { RescheduleForm } from "./reschedule-form.tsx";
import { RetryForm } from "./retry-form.tsx";
import { TakedownForm } from "./takedown-form.tsx";
import type { PostDetail } from "./types.ts";

const ACTIONS: readonly PostAction[] = ["retry", "reschedule", "cancel", "takedown"];

/**
 * What the signed-in person may do to the post now, decided by packages/policy as the API
 * decides it. A communications officer without a grant is told why there is nothing to do.
 */
export function PostActions({ post, account, handlers }: { post: PostDetail; account: AccountDetail; handlers: PageFormHandlers }) {
  const user = useCurrentUser();
  if (!can(user.roles, "accounts.publish")) return null;
  const actor = actorForAccount(user, account);
  const decisions = new Map(ACTIONS.map((action) => [action, decidePostAction(action, { state: post.state, accountId: post.accountId, accountStatus: account.status }, actor)]));
  const allowed = (action: PostAction) => decisions.get(action)?.ok === true;
  const refusal = [...decisions.values()].find((decision) => !decision.ok && decision.kind === "forbidden");

  if (!ACTIONS.some(allowed)) {
    if (!refusal || refusal.ok) return null;
    return (
      <InsetText>
        <p>
          {refusal.reason}
          {refusal.clause ? ` (${refusal.clause.join(", ")})` : ""}
        </p>
      </InsetText>
    );
  }

  return (
    <>
      {allowed("retry") && (
        <section aria-labelledby="retry-heading">
          <h2 id="retry-heading">Retry</h2>
          <p>
            Put the post back in the queue once the cause is fixed. The publisher checks with the platform before it sends anything
            again, so the post will not appear twice.
          </p>
          <RetryForm post={post} {...handlers} />
        </section>
      )}
      {allowed("reschedule") && (
        <section aria-labelledby="reschedule-heading">
          <h2 id="reschedule-heading">Reschedule</h2>
          <p>Choose a new date and time in UK time. The publish gate is checked again.</p>
          <RescheduleForm post={post} {...handlers} />
        </section>
      )}
      {allowed("cancel") && (
        <section aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">Cancel the post</h2>
          <CancelForm post={post} {...handlers} />
        </section>
      )}
      {allowed("takedown") && (
        <section aria-labelledby="takedown-heading">
          <h2 id="takedown-heading">Take the post down</h2>
          <p>
            This deletes the post from the platform. The record of the post, its text and your reason stay in Gatehouse and in the
            audit log.
          </p>
          <TakedownForm post={post} {...handlers} />
        </section>
      )}
    </>
  );
}

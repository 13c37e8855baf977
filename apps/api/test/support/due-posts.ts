import { schedulePost } from "../../src/posts/service.ts";
import { approve } from "../../src/review/service.ts";
import { createSubmission, submitSubmission } from "../../src/submissions/service.ts";
import { findUserById, findUserIdByEmail, type UserWithRoles } from "../../src/users/repo.ts";
import { BRIEF } from "./flow.ts";
import { DEMO, type Harness } from "./harness.ts";

async function user(h: Harness, email: string): Promise<UserWithRoles> {
  return (await findUserById(h.deps.db, (await findUserIdByEmail(h.deps.db, email))!))!;
}

/** `count` posts due now, spread over the accounts, each with its own text, through the real workflow. */
export async function scheduleDuePosts(h: Harness, accountIds: string[], count: number): Promise<void> {
  const [dept, comms, comms2] = [await user(h, DEMO.dept), await user(h, DEMO.comms), await user(h, DEMO.comms2)];
  let made = 0;
  while (made < count) {
    const targets = accountIds.slice(0, Math.min(accountIds.length, count - made));
    const { id } = await createSubmission(h.deps, dept, { title: `Post ${made}`, brief: BRIEF, text: `Clinic update number ${made}. Walk-ins welcome.`, targetAccountIds: targets });
    await submitSubmission(h.deps, dept, id);
    await approve(h.deps, comms2, id);
    for (const accountId of targets) await schedulePost(h.deps, comms, { submissionId: id, accountId, publishAt: h.deps.clock.now().toISOString() });
    made += targets.length;
  }
}

import type { Client } from "./client.ts";

export const BRIEF = {
  objective: "More people book a flu jab before December.",
  audience: "Adults over 65 and carers in the borough.",
  keyMessages: "Flu jabs are free; walk in or book online.",
  measure: "Bookings through the website in the fortnight after posting.",
};

/** A submission written by `author`, submitted, and approved by `approver`, through the API as people would. */
export async function approvedSubmission(author: Client, approver: Client, accountIds: string[], text = "Free flu jabs every Tuesday at Blaydon Leisure Centre.") {
  const { id } = await author.submissions.create.mutate({ title: "Flu clinic", brief: BRIEF, text, targetAccountIds: accountIds });
  await author.submissions.submit.mutate({ id });
  await approver.review.approve.mutate({ id });
  return id;
}

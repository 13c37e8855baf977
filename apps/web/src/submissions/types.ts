import type { RouterInputs, RouterOutputs } from "../api-types.ts";

export type SubmissionView = RouterOutputs["submissions"]["get"];
export type SubmissionSummary = RouterOutputs["submissions"]["mine"][number];
export type SubmissionFinding = SubmissionView["findings"][number];
export type SubmissionComment = SubmissionView["comments"][number];
export type TargetAccount = SubmissionView["targetAccounts"][number];
export type Revision = RouterOutputs["submissions"]["revisions"][number];
export type Snapshot = Revision["snapshot"];
export type QueueItem = RouterOutputs["review"]["queue"][number];
export type QueueFilter = NonNullable<RouterInputs["review"]["queue"]>;
export type SubmissionInput = Omit<RouterInputs["submissions"]["update"], "id">;

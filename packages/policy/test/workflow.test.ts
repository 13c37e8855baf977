import { describe, expect, it } from "vitest";
import { decideSubmissionAction, missingForSubmission, stateAfter, type ActorFacts, type SubmissionFacts } from "../src/index.ts";

const submission = (over: Partial<SubmissionFacts> = {}): SubmissionFacts => ({
  state: "submitted",
  authorId: "author",
  lastEditedBy: "author",
  targets: [{ accountId: "a1", status: "active" }],
  ...over,
});
const comms = (over: Partial<ActorFacts> = {}): ActorFacts => ({ id: "comms", roles: ["comms_officer"], grantedAccountIds: ["a1"], ...over });
const author: ActorFacts = { id: "author", roles: ["contributor"], grantedAccountIds: [] };

describe("the submission workflow", () => {
  it("lets a comms officer with the grant approve someone else's submission", () => {
    expect(decideSubmissionAction("approve", submission(), comms())).toEqual({ ok: true });
    expect(decideSubmissionAction("approve", submission({ state: "in_review" }), comms())).toEqual({ ok: true });
  });

  it("refuses approval to the author, the last editor, the ungranted and the contributor", () => {
    expect(decideSubmissionAction("approve", submission({ authorId: "comms" }), comms())).toMatchObject({ ok: false, kind: "forbidden" });
    expect(decideSubmissionAction("approve", submission({ lastEditedBy: "comms" }), comms())).toMatchObject({ ok: false, kind: "forbidden" });
    expect(decideSubmissionAction("approve", submission(), comms({ grantedAccountIds: [] }))).toMatchObject({ ok: false, kind: "forbidden" });
    expect(decideSubmissionAction("approve", submission(), author)).toMatchObject({ ok: false, kind: "forbidden" });
  });

  it("refuses approval when any target account is not active", () => {
    const s = submission({ targets: [{ accountId: "a1", status: "active" }, { accountId: "a2", status: "paused" }] });
    expect(decideSubmissionAction("approve", s, comms({ grantedAccountIds: ["a1", "a2"] }))).toMatchObject({ ok: false });
  });

  it("says 'not now' rather than 'never' for a decision on a closed submission", () => {
    for (const state of ["draft", "changes_requested", "approved", "rejected", "withdrawn"] as const) {
      expect(decideSubmissionAction("approve", submission({ state }), comms())).toMatchObject({ ok: false, kind: "conflict" });
    }
  });

  it("lets only the author edit, and only in draft or after a change request", () => {
    expect(decideSubmissionAction("edit", submission({ state: "draft" }), author)).toEqual({ ok: true });
    expect(decideSubmissionAction("edit", submission({ state: "changes_requested" }), author)).toEqual({ ok: true });
    expect(decideSubmissionAction("edit", submission({ state: "submitted" }), author)).toMatchObject({ ok: false, kind: "conflict" });
    expect(decideSubmissionAction("edit", submission({ state: "draft" }), comms())).toMatchObject({ ok: false, kind: "forbidden" });
  });

  it("moves states as the spec names them", () => {
    expect(stateAfter("submit", "draft")).toBe("submitted");
    expect(stateAfter("submit", "changes_requested")).toBe("submitted");
    expect(stateAfter("claim", "submitted")).toBe("in_review");
    expect(stateAfter("requestChanges", "in_review")).toBe("changes_requested");
    expect(stateAfter("approve", "in_review")).toBe("approved");
    expect(stateAfter("reject", "submitted")).toBe("rejected");
    expect(stateAfter("withdraw", "draft")).toBe("withdrawn");
    expect(stateAfter("comment", "in_review")).toBe("in_review");
  });

  it("names every missing part of the brief", () => {
    expect(Object.keys(missingForSubmission({ title: " ", objective: "", audience: "", keyMessages: "", measure: "", text: "", targetAccountIds: [] })).sort()).toEqual([
      "brief.audience",
      "brief.keyMessages",
      "brief.measure",
      "brief.objective",
      "targetAccountIds",
      "text",
      "title",
    ]);
    expect(missingForSubmission({ title: "t", objective: "o", audience: "a", keyMessages: "k", measure: "m", text: "x", targetAccountIds: ["a1"] })).toEqual({});
  });
});

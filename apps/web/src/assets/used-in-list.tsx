import { SUBMISSION_STATES, type SubmissionState } from "@gatehouse/policy";
import { Link } from "react-router";
import { SubmissionStateTag, titleOf } from "../submissions/labels.tsx";
import type { AssetView } from "./types.ts";

const isState = (state: string): state is SubmissionState => (SUBMISSION_STATES as readonly string[]).includes(state);

/** The submissions that carry the picture. */
export function UsedInList({ usedIn }: { usedIn: AssetView["usedIn"] }) {
  if (usedIn.length === 0) return <p>No submission uses this picture yet.</p>;
  return (
    <ul className="nhsuk-list">
      {usedIn.map((submission) => (
        <li key={submission.id}>
          <Link to={`/submissions/${submission.id}`}>{titleOf(submission)}</Link> {isState(submission.state) && <SubmissionStateTag state={submission.state} />}
        </li>
      ))}
    </ul>
  );
}

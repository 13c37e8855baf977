import { WarningCallout } from "nhsuk-react-components";
import { formatDateTime } from "../components/format.ts";
import { attemptSummary } from "./attempt-labels.ts";
import type { PostAttempt } from "./types.ts";

/** A post that should be out by now and is not: say so plainly, with what the publisher last saw. */
export function LateWarning({ publishAt, lastAttempt }: { publishAt: string; lastAttempt: PostAttempt | undefined }) {
  return (
    <WarningCallout>
      <WarningCallout.Heading>Important</WarningCallout.Heading>
      <p>Late: due at {formatDateTime(publishAt)} and not published yet.</p>
      <p>
        {lastAttempt
          ? `Last attempt (${formatDateTime(lastAttempt.startedAt)}): ${attemptSummary(lastAttempt)}.`
          : "The publisher has not tried to send it yet. If this lasts, check that the publisher is running."}
      </p>
    </WarningCallout>
  );
}

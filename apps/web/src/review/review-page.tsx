import { useQuery } from "@tanstack/react-query";
import { BackLink } from "nhsuk-react-components";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { actorFacts, useSubmissionDecisions } from "../submissions/actor.ts";
import { AttachedPictures } from "../submissions/attached-pictures.tsx";
import { CommentForm } from "../submissions/author-actions.tsx";
import { FindingsPanel } from "../submissions/findings-panel.tsx";
import { isPictureFinding } from "../submissions/picture-findings.ts";
import { SubmissionStateTag, titleOf } from "../submissions/labels.tsx";
import { RevisionsSection } from "../submissions/revisions-section.tsx";
import { BriefSummary, CopiesSection, SubmissionSummary } from "../submissions/submission-sections.tsx";
import { Timeline } from "../submissions/timeline.tsx";
import { useTRPC } from "../trpc.ts";
import { ClaimForm } from "./claim-form.tsx";
import { CopyEditors } from "./copy-editor.tsx";
import { DecisionForms } from "./decision-forms.tsx";
import { OverrideControl } from "./override-control.tsx";
import { ScheduleSection } from "./schedule-section.tsx";
import "../submissions/submissions.css";

/** `/review/:id`: everything the author sees, and the communications team's work on it. */
export function ReviewPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const trpc = useTRPC();
  const submission = useQuery(trpc.submissions.get.queryOptions({ id }));
  const revisions = useQuery(trpc.submissions.revisions.queryOptions({ id }));
  const settings = useQuery(trpc.settings.screening.queryOptions());
  const accountList = useQuery(trpc.accounts.list.queryOptions());
  const { decide, accounts } = useSubmissionDecisions(submission.data);
  const { errors, notice, handlers } = usePageForms();
  usePageTitle(submission.data ? `Review: ${titleOf(submission.data)}` : "Review", errors !== null);

  if (submission.isError) return <QueryError error={submission.error} />;
  if (settings.isError) return <QueryError error={settings.error} />;
  if (accountList.isError) return <QueryError error={accountList.error} />;
  // The decisions need the person's grants, from the accounts list, before any button is offered.
  if (submission.isPending || settings.isPending || !accounts) return <Loading />;
  const view = submission.data;
  const open = view.state === "submitted" || view.state === "in_review";
  const mayOverride = decide("overrideFinding").ok;

  return (
    <>
      <BackLink asElement={Link} to="/review">
        Back to the review queue
      </BackLink>
      <PageFormMessages errors={errors} notice={notice} />
      <span className="nhsuk-caption-l">Review</span>
      <h1>{titleOf(view)}</h1>
      <p>
        <SubmissionStateTag state={view.state} />
      </p>
      <ClaimForm view={view} decide={decide} {...handlers} />
      <SubmissionSummary view={view} />
      <BriefSummary view={view} />
      {decide("editCopy").ok && view.targetAccounts.length > 0 ? (
        <CopyEditors view={view} settings={settings.data.settings} {...handlers} />
      ) : (
        <CopiesSection view={view} />
      )}
      <AttachedPictures assetIds={view.assetIds} />
      <FindingsPanel
        view={view}
        actions={(finding, key) =>
          mayOverride && finding.overriddenBecause === null && finding.severity !== "info" && !isPictureFinding(finding) ? (
            <OverrideControl view={view} finding={finding} fieldId={`override-${key.replace(/[^a-zA-Z0-9-]/g, "-")}`} {...handlers} />
          ) : null
        }
      />
      {open ? (
        <DecisionForms view={view} decide={decide} {...handlers} />
      ) : (
        view.state !== "approved" && (
          <>
            <h2>Decision</h2>
            <p>There is nothing to decide: this submission is not waiting for review.</p>
          </>
        )
      )}
      {view.state === "approved" && <ScheduleSection view={view} actor={actorFacts(user, accounts)} accounts={accounts} {...handlers} />}
      {revisions.isError ? (
        <p>The timeline could not be loaded just now. Try reloading the page.</p>
      ) : (
        <Timeline view={view} revisions={revisions.data ?? []} />
      )}
      <CommentForm view={view} decide={decide} {...handlers} />
      {revisions.data && <RevisionsSection submissionId={view.id} revisions={revisions.data} />}
    </>
  );
}

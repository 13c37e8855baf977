import { can } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { BackLink, NotificationBanner } from "nhsuk-react-components";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { useSubmissionDecisions } from "./actor.ts";
import { AttachedPictures } from "./attached-pictures.tsx";
import { AuthorActions, CommentForm } from "./author-actions.tsx";
import { FindingsPanel } from "./findings-panel.tsx";
import { SubmissionStateTag, titleOf } from "./labels.tsx";
import { PostsList } from "./posts-list.tsx";
import { RevisionsSection } from "./revisions-section.tsx";
import { BriefSummary, CopiesSection, SubmissionSummary } from "./submission-sections.tsx";
import { Timeline } from "./timeline.tsx";
import type { SubmissionView } from "./types.ts";

/** `/submissions/:id`: a submission as its author (and the communications team) sees it. */
export function SubmissionPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const trpc = useTRPC();
  const submission = useQuery(trpc.submissions.get.queryOptions({ id }));
  const revisions = useQuery(trpc.submissions.revisions.queryOptions({ id }));
  const { decide } = useSubmissionDecisions(submission.data);
  const { errors, notice, handlers } = usePageForms();
  usePageTitle(submission.data ? titleOf(submission.data) : "Submission", errors !== null);

  if (submission.isPending) return <Loading />;
  if (submission.isError) return <QueryError error={submission.error} />;
  const view = submission.data;
  const isAuthor = view.authorId === user.id;
  const reviewer = can(user.roles, "submissions.review");

  return (
    <>
      {isAuthor ? (
        <BackLink asElement={Link} to="/submissions">
          Back to my submissions
        </BackLink>
      ) : (
        <BackLink asElement={Link} to="/review">
          Back to the review queue
        </BackLink>
      )}
      <PageFormMessages errors={errors} notice={notice} />
      {isAuthor && <ChangesRequestedBanner view={view} canEdit={decide("edit").ok} />}
      <span className="nhsuk-caption-l">Submission</span>
      <h1>{titleOf(view)}</h1>
      <p>
        <SubmissionStateTag state={view.state} />
      </p>
      {reviewer && !isAuthor && (
        <p>
          <Link to={`/review/${view.id}`}>Review this submission</Link>
        </p>
      )}
      <AuthorActions view={view} decide={decide} {...handlers} />
      <SubmissionSummary view={view} />
      <BriefSummary view={view} />
      <CopiesSection view={view} />
      <AttachedPictures assetIds={view.assetIds} />
      <FindingsPanel view={view} />
      {view.state === "approved" && can(user.roles, "accounts.view") && <PostsList view={view} />}
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

/** When the communications team has asked for changes: their reason, and the way to make them. */
function ChangesRequestedBanner({ view, canEdit }: { view: SubmissionView; canEdit: boolean }) {
  if (view.state !== "changes_requested") return null;
  const request = view.comments.filter((c) => c.kind === "change_request").at(-1);
  return (
    <NotificationBanner>
      <NotificationBanner.Title>Important</NotificationBanner.Title>
      <NotificationBanner.Heading>The communications team has asked for changes</NotificationBanner.Heading>
      {request && (
        <>
          <p className="nhsuk-u-margin-bottom-2">{request.author.name} wrote:</p>
          <p className="app-pre-line">{request.body}</p>
        </>
      )}
      {canEdit && (
        <Link className="nhsuk-button nhsuk-u-margin-bottom-0" to={`/submissions/${view.id}/edit`}>
          Make changes
        </Link>
      )}
    </NotificationBanner>
  );
}

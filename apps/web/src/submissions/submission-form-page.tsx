import { useQuery } from "@tanstack/react-query";
import { BackLink, InsetText } from "nhsuk-react-components";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { SAME_PAGE } from "../components/same-page.ts";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { reasonOf, useSubmissionDecisions } from "./actor.ts";
import { draftFromView, EMPTY_DRAFT } from "./draft.ts";
import { titleOf } from "./labels.tsx";
import { SubmissionForm } from "./submission-form.tsx";
import type { SubmissionView } from "./types.ts";

/**
 * `/submissions/new` and `/submissions/:id/edit`. A new draft gets its address on its first
 * save; the editor it was typed in stays, with everything in it, while the address changes.
 */
export function SubmissionFormPage() {
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [created, setCreated] = useState<{ id: string; editor: string } | null>(null);
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.screening.queryOptions());
  const accounts = useQuery(trpc.accounts.list.queryOptions());

  // The draft this editor created, now at its own address: the same editor carries on.
  const ownDraft = created !== null && created.id === id ? created : null;
  if (settings.isError) return <QueryError error={settings.error} />;
  if (accounts.isError) return <QueryError error={accounts.error} />;
  if (settings.isPending || accounts.isPending) return <PendingPage heading={id ? "Edit your submission" : "Submit content"} />;

  if (!id || ownDraft) {
    const editor = ownDraft?.editor ?? `new-${location.key}`;
    return (
      <>
        <BackLink asElement={Link} to="/submissions">
          Back to my submissions
        </BackLink>
        <SubmissionForm
          key={editor}
          heading="Submit content"
          initialId={ownDraft?.id ?? null}
          initialValues={EMPTY_DRAFT}
          initialFindings={[]}
          accounts={accounts.data}
          settings={settings.data.settings}
          onCreated={(newId) => {
            // Someone who has just followed a link away (the router is still rendering the next
            // page) stays on their way: the draft is saved and listed in "My submissions".
            if (window.location.pathname !== location.pathname) return;
            setCreated({ id: newId, editor });
            void navigate(`/submissions/${newId}/edit`, { replace: true, state: SAME_PAGE });
          }}
        />
      </>
    );
  }
  return <EditSubmission key={id} id={id} accounts={accounts.data} settings={settings.data.settings} />;
}

function PendingPage({ heading }: { heading: string }) {
  usePageTitle(heading);
  return <Loading />;
}

function EditSubmission({
  id,
  accounts,
  settings,
}: {
  id: string;
  accounts: Parameters<typeof SubmissionForm>[0]["accounts"];
  settings: Parameters<typeof SubmissionForm>[0]["settings"];
}) {
  const trpc = useTRPC();
  // Fetched afresh when the page opens (a cached copy may be older than the last autosave), then read
  // once: a later refetch must not replace what the person is typing.
  const submission = useQuery({ ...trpc.submissions.get.queryOptions({ id }), staleTime: Infinity, refetchOnMount: "always" });
  const { decide } = useSubmissionDecisions(submission.data);

  if (submission.isError) return <QueryError error={submission.error} />;
  if (submission.isPending || !submission.isFetchedAfterMount) return <PendingPage heading="Edit your submission" />;

  const view = submission.data;
  const refusal = reasonOf(decide("edit"));
  if (refusal) return <CannotEdit view={view} reason={refusal} />;

  return (
    <>
      <BackLink asElement={Link} to={`/submissions/${id}`}>
        Back to the submission
      </BackLink>
      <SubmissionForm
        heading="Edit your submission"
        intro={<ChangeRequest view={view} />}
        initialId={id}
        initialValues={draftFromView(view)}
        initialFindings={view.findings}
        accounts={accounts}
        settings={settings}
        onCreated={() => undefined}
      />
    </>
  );
}

/** What the reviewer asked for, kept in view while the author makes the changes. */
function ChangeRequest({ view }: { view: SubmissionView }) {
  if (view.state !== "changes_requested") return null;
  const request = view.comments.filter((c) => c.kind === "change_request").at(-1);
  if (!request) return null;
  return (
    <InsetText>
      <p>
        <strong>{request.author.name} asked for changes:</strong>
      </p>
      <p className="app-pre-line">{request.body}</p>
    </InsetText>
  );
}

function CannotEdit({ view, reason }: { view: SubmissionView; reason: string }) {
  usePageTitle("You cannot change this submission");
  return (
    <>
      <h1>You cannot change this submission</h1>
      <p>{reason}</p>
      <p>
        <Link to={`/submissions/${view.id}`}>View {titleOf(view)}</Link>
      </p>
    </>
  );
}

import { decidePostAction, PLATFORM_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { BackLink, InsetText, SummaryList } from "nhsuk-react-components";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import type { AccountDetail } from "../api-types.ts";
import { useCurrentUser } from "../auth/session-context.ts";
import { formatDateTime } from "../components/format.ts";
import { formatUtc, londonDate } from "../components/london-time.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { PostStateTag } from "../components/status-tags.tsx";
import { useTRPC } from "../trpc.ts";
import { AttemptsTable } from "./attempts-table.tsx";
import { PostPictures } from "./post-pictures.tsx";
import { LateWarning } from "./late-warning.tsx";
import { PostActions } from "./post-actions.tsx";
import { actorForAccount } from "./post-actor.ts";
import { PostFindings } from "./post-findings.tsx";
import { RequestTakedownForm } from "./request-takedown-form.tsx";
import type { PostDetail } from "./types.ts";
import "./posts.css";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{label}</SummaryList.Key>
      <SummaryList.Value>{children}</SummaryList.Value>
    </SummaryList.Row>
  );
}

/** A sandbox post opens in this app's sandbox feed, whatever address the server was configured with. */
function remoteHref(remoteUrl: string, account: AccountDetail | undefined): string {
  if (account?.connector !== "sandbox") return remoteUrl;
  try {
    const url = new URL(remoteUrl);
    return url.pathname.startsWith("/sandbox/") ? `${url.pathname}${url.hash}` : remoteUrl;
  } catch {
    return remoteUrl;
  }
}

function findingsHeading(post: PostDetail): string {
  if (post.state === "blocked") return "Why it was blocked";
  return "What would stop it being published";
}

/** Someone who cannot take the post down themselves may ask those who can. */
function mayOnlyAsk(post: PostDetail, account: AccountDetail | undefined, user: ReturnType<typeof useCurrentUser>): boolean {
  if (post.state !== "published" || !account) return false;
  return !decidePostAction("takedown", { state: post.state, accountId: post.accountId, accountStatus: account.status }, actorForAccount(user, account)).ok;
}

export function PostPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const trpc = useTRPC();
  const post = useQuery(trpc.posts.get.queryOptions({ id }));
  const account = useQuery({ ...trpc.accounts.get.queryOptions({ id: post.data?.accountId ?? "" }), enabled: post.data !== undefined });
  const { errors, notice, handlers } = usePageForms();
  usePageTitle(post.data ? `Post: ${post.data.title}` : "Post", errors !== null);

  if (post.isPending) return <Loading />;
  if (post.isError) return <QueryError error={post.error} />;

  const data = post.data;
  const platform = PLATFORM_LABELS[data.account.platform];
  const sandbox = account.data?.connector === "sandbox";

  return (
    <>
      <BackLink asElement={Link} to={`/calendar?date=${londonDate(data.publishAt)}`}>
        Back to calendar
      </BackLink>
      <PageFormMessages errors={errors} notice={notice} />
      <h1>
        <span className="nhsuk-caption-l">
          {platform} post to {data.account.handle}
          <span className="nhsuk-u-visually-hidden">: </span>
        </span>
        {data.title}
      </h1>
      <p>
        <PostStateTag state={data.state} />
      </p>
      {data.state === "published" && data.remoteUrl && (
        <p>
          <a href={remoteHref(data.remoteUrl, account.data)}>
            View on {platform}
            {sandbox ? " (sandbox)" : ""}
          </a>
        </p>
      )}
      {data.late && <LateWarning publishAt={data.publishAt} lastAttempt={data.attempts.at(-1)} />}
      {data.state === "taken_down" && (
        <InsetText>
          <p>
            Taken down{data.takenDownAt ? ` on ${formatDateTime(data.takenDownAt)}` : ""}. Reason: {data.takedownReason ?? "none given"}. The
            record of the post stays here and in the audit log.
          </p>
        </InsetText>
      )}

      <SummaryList>
        <Row label="Account">
          <Link to={`/accounts/${data.accountId}`}>{data.account.handle}</Link> ({platform}, {data.account.name})
        </Row>
        <Row label="Publish time">
          {formatDateTime(data.publishAt)} (UK time)
          <br />
          <span className="nhsuk-body-s nhsuk-u-secondary-text-color">{formatUtc(data.publishAt)}</span>
        </Row>
        {data.publishedAt && <Row label="Published">{formatDateTime(data.publishedAt)} (UK time)</Row>}
        <Row label="Scheduled by">{data.scheduledBy.name}</Row>
        <Row label="Submission">
          <Link to={`/submissions/${data.submissionId}`}>{data.title}</Link>
        </Row>
        {data.lastError && data.state !== "published" && <Row label="Last error">{data.lastError}</Row>}
      </SummaryList>

      <h2>Post text</h2>
      <div className="app-post-text">{data.text}</div>
      <PostPictures pictures={data.pictures} platform={data.account.platform} />

      {data.findings.length > 0 && (
        <>
          <h2>{findingsHeading(data)}</h2>
          <PostFindings findings={data.findings} />
        </>
      )}

      <h2>Publishing attempts</h2>
      <AttemptsTable attempts={data.attempts} />

      {account.data && <PostActions post={data} account={account.data} handlers={handlers} />}
      {mayOnlyAsk(data, account.data, user) && (
        <section aria-labelledby="request-heading">
          <h2 id="request-heading">Ask for this post to be taken down</h2>
          <p>If the post should not be out, for example because you appear in it, tell the communications team who publish to this account.</p>
          <RequestTakedownForm post={data} {...handlers} />
        </section>
      )}
    </>
  );
}

import { PLATFORM_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { Table } from "nhsuk-react-components";
import { Link } from "react-router";
import { formatDateTime } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { PostStateTag } from "../components/status-tags.tsx";
import { attemptSummary } from "../posts/attempt-labels.ts";
import type { Dashboard } from "../posts/types.ts";
import { useTRPC } from "../trpc.ts";

/** How often the dashboard asks again: a comms officer should never wonder whether a post went out. */
export const DASHBOARD_REFRESH_MS = 15_000;

type LatePost = Dashboard["late"][number];
type TroubledPost = Dashboard["troubled"][number];

function LastAttempt({ post }: { post: LatePost | TroubledPost }) {
  if (post.lastAttempt) {
    return (
      <>
        {attemptSummary(post.lastAttempt)}
        <br />
        <span className="nhsuk-body-s nhsuk-u-secondary-text-color">{formatDateTime(post.lastAttempt.startedAt)}</span>
      </>
    );
  }
  return <>{post.lastError ?? "No attempt yet"}</>;
}

function PostLink({ id, what }: { id: string; what: string }) {
  return (
    <Link to={`/posts/${id}`}>
      View post<span className="nhsuk-u-visually-hidden"> {what}</span>
    </Link>
  );
}

function LateTable({ posts }: { posts: readonly LatePost[] }) {
  if (posts.length === 0) return <p>Nothing is late. Every post due more than 2 minutes ago has gone out or been dealt with.</p>;
  return (
    <Table caption="Late posts" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Account</Table.Cell>
          <Table.Cell>Due (UK time)</Table.Cell>
          <Table.Cell>State</Table.Cell>
          <Table.Cell>Last attempt</Table.Cell>
          <Table.Cell>
            <span className="nhsuk-u-visually-hidden">Post</span>
          </Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {posts.map((post) => (
          <Table.Row key={post.id}>
            <Table.Cell>{post.handle}</Table.Cell>
            <Table.Cell>{formatDateTime(post.publishAt)}</Table.Cell>
            <Table.Cell>
              <PostStateTag state={post.state} />
            </Table.Cell>
            <Table.Cell>
              <LastAttempt post={post} />
            </Table.Cell>
            <Table.Cell>
              <PostLink id={post.id} what={`to ${post.handle} due ${formatDateTime(post.publishAt)}`} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function TroubledTable({ posts }: { posts: readonly TroubledPost[] }) {
  if (posts.length === 0) return <p>Nothing needs attention. No post has failed, been blocked or is waiting for a platform to answer.</p>;
  return (
    <Table caption="Posts that need attention" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Post</Table.Cell>
          <Table.Cell>Account</Table.Cell>
          <Table.Cell>Due (UK time)</Table.Cell>
          <Table.Cell>State</Table.Cell>
          <Table.Cell>Last attempt</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {posts.map((post) => (
          <Table.Row key={post.id}>
            <Table.Cell>
              <Link to={`/posts/${post.id}`}>{post.title}</Link>
            </Table.Cell>
            <Table.Cell>
              {PLATFORM_LABELS[post.platform]}: {post.handle}
            </Table.Cell>
            <Table.Cell>{formatDateTime(post.publishAt)}</Table.Cell>
            <Table.Cell>
              <PostStateTag state={post.state} />
            </Table.Cell>
            <Table.Cell>
              <LastAttempt post={post} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

const CLOCK = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** Late and troubled posts for the communications team, refreshed every 15 seconds. */
export function DashboardPage() {
  const trpc = useTRPC();
  const dashboard = useQuery({ ...trpc.posts.dashboard.queryOptions(), refetchInterval: DASHBOARD_REFRESH_MS });
  usePageTitle("Publishing dashboard");

  if (dashboard.isError && !dashboard.data) return <QueryError error={dashboard.error} />;

  return (
    <>
      <h1>Publishing dashboard</h1>
      <p>
        Posts that are late or need attention. Open a post to retry, reschedule, cancel or take it down.
        {dashboard.data && (
          <span className="nhsuk-body-s nhsuk-u-secondary-text-color">
            {" "}
            Updated at {CLOCK.format(dashboard.dataUpdatedAt)}; this page checks again every 15 seconds.
          </span>
        )}
      </p>
      {dashboard.isError && (
        <p className="nhsuk-error-message" role="alert">
          The dashboard could not be refreshed. It will try again shortly; what is shown may be out of date.
        </p>
      )}
      {dashboard.data === undefined ? (
        <Loading />
      ) : (
        <>
          <h2>Late posts</h2>
          <LateTable posts={dashboard.data.late} />
          <h2>Needs attention</h2>
          <TroubledTable posts={dashboard.data.troubled} />
        </>
      )}
    </>
  );
}

import { useQuery } from "@tanstack/react-query";
import { Table } from "nhsuk-react-components";
import { Link } from "react-router";
import { formatDateTime } from "../components/format.ts";
import { PostStateTag } from "../components/status-tags.tsx";
import { useTRPC } from "../trpc.ts";
import { accountLabel } from "./labels.tsx";
import type { SubmissionView } from "./types.ts";

/** The posts an approved submission has become: one per account, with their state. */
export function PostsList({ view }: { view: SubmissionView }) {
  const trpc = useTRPC();
  const posts = useQuery(trpc.posts.list.queryOptions({ submissionId: view.id }));
  return (
    <>
      <h2>Posts</h2>
      {posts.isPending ? (
        <p role="status">Loading the posts…</p>
      ) : posts.isError ? (
        <p>The posts could not be loaded just now. Try reloading the page.</p>
      ) : posts.data.length === 0 ? (
        <p>Nothing is scheduled yet. The communications team schedules approved content for each account.</p>
      ) : (
        <Table caption="Posts" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Account</Table.Cell>
              <Table.Cell>Publishing time</Table.Cell>
              <Table.Cell>Status</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {posts.data.map((post) => (
              <Table.Row key={post.id}>
                <Table.Cell>
                  <Link to={`/posts/${post.id}`}>{accountLabel(post)}</Link>
                </Table.Cell>
                <Table.Cell>{formatDateTime(post.publishAt)}</Table.Cell>
                <Table.Cell>
                  <PostStateTag state={post.state} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}

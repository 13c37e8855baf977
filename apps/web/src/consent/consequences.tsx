import { PLATFORM_LABELS, POST_STATES, type PostState } from "@gatehouse/policy";
import { Link } from "react-router";
import { formatDateTime } from "../components/format.ts";
import { PostStateTag } from "../components/status-tags.tsx";
import type { BlockedPost, ConsentDetail, TakedownOfConsent } from "./types.ts";

const isPostState = (state: string): state is PostState => (POST_STATES as readonly string[]).includes(state);

function PostLink({ post }: { post: { postId?: string; id?: string; title: string; platform: BlockedPost["platform"]; handle: string } }) {
  const id = post.postId ?? post.id ?? "";
  return (
    <>
      <Link to={`/posts/${id}`}>{post.title}</Link> on {PLATFORM_LABELS[post.platform]} {post.handle}
    </>
  );
}

function TaskLine({ task }: { task: TakedownOfConsent }) {
  return (
    <li>
      <PostLink post={task} /> {isPostState(task.postState) && <PostStateTag state={task.postState} />}
      {task.note && <span className="nhsuk-body-s"> ({task.note})</span>}
    </li>
  );
}

/** After a consent ends: what was stopped or taken down, and what someone still has to do. */
export function Consequences({ consent }: { consent: ConsentDetail }) {
  const done = consent.takedowns.filter((t) => t.state !== "open");
  const open = consent.takedowns.filter((t) => t.state === "open");
  return (
    <>
      <section aria-labelledby="did-heading">
        <h2 id="did-heading">What this did</h2>
        {consent.blockedPosts.length === 0 && done.length === 0 && <p>No post using these pictures was scheduled or published.</p>}
        {consent.blockedPosts.length > 0 && (
          <>
            <p>These scheduled posts are blocked and will not be published:</p>
            <ul>
              {consent.blockedPosts.map((post) => (
                <li key={post.id}>
                  <PostLink post={post} />, due {formatDateTime(post.publishAt)} <PostStateTag state="blocked" />
                </li>
              ))}
            </ul>
          </>
        )}
        {done.length > 0 && (
          <>
            <p>These published posts are dealt with:</p>
            <ul>
              {done.map((task) => (
                <TaskLine key={task.id} task={task} />
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="left-heading">
        <h2 id="left-heading">What is left to do</h2>
        {open.length === 0 ? (
          <p>Nothing in Gatehouse. If the pictures were used anywhere else, such as posters or the website, remove them there too.</p>
        ) : (
          <>
            <p>These posts are still published and must be taken down:</p>
            <ul>
              {open.map((task) => (
                <TaskLine key={task.id} task={task} />
              ))}
            </ul>
            <p>
              <Link to="/takedowns">Go to takedowns</Link>
            </p>
          </>
        )}
      </section>
    </>
  );
}

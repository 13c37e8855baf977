import { PLATFORM_LABELS, POST_STATE_LABELS, type PostState } from "@gatehouse/policy";
import type { DragEvent } from "react";
import { Link } from "react-router";
import { londonClock } from "../components/london-time.ts";
import type { PostSummary } from "../posts/types.ts";
import { PLATFORM_SHORT } from "./account-colours.ts";

/** The drag's data type: only a post chip can be dropped on a day. */
export const POST_DRAG_TYPE = "application/x-gatehouse-post";

/** A mark beside the state's name, so states differ in shape as well as in words. */
const STATE_MARKS: Record<PostState, string> = {
  scheduled: "",
  publishing: "…",
  published: "✓",
  failed: "✗",
  blocked: "⊘",
  unknown: "?",
  taken_down: "↓",
  cancelled: "–",
};

export function PostChip({
  post,
  colour,
  detailed,
  movable,
  onDragStart,
  onDragEnd,
}: {
  post: PostSummary;
  colour: number;
  /** the week view has room for the handle */
  detailed: boolean;
  movable: boolean;
  onDragStart: (post: PostSummary) => void;
  onDragEnd: () => void;
}) {
  const mark = STATE_MARKS[post.state];
  const dragStart = (event: DragEvent<HTMLAnchorElement>) => {
    event.dataTransfer.setData(POST_DRAG_TYPE, post.id);
    event.dataTransfer.effectAllowed = "move";
    onDragStart(post);
  };
  return (
    <Link
      to={`/posts/${post.id}`}
      className={`app-chip app-colour-${colour} app-chip--${post.state}${movable ? " app-chip--movable" : ""}`}
      draggable={movable}
      onDragStart={movable ? dragStart : undefined}
      onDragEnd={movable ? onDragEnd : undefined}
      data-post-id={post.id}
    >
      <span className="app-chip__meta">
        <time dateTime={post.publishAt}>{londonClock(post.publishAt)}</time>{" "}
        <span aria-hidden="true">{detailed ? PLATFORM_LABELS[post.platform] : PLATFORM_SHORT[post.platform]}</span>
        <span className="nhsuk-u-visually-hidden">
          {" "}
          {PLATFORM_LABELS[post.platform]} {post.handle},
        </span>
        {detailed && <span aria-hidden="true"> {post.handle}</span>}
      </span>{" "}
      <span className="app-chip__title">{post.title}</span>
      <span className="nhsuk-u-visually-hidden">,</span>{" "}
      <span className="app-chip__state">
        {POST_STATE_LABELS[post.state]}
        {mark && <span aria-hidden="true"> {mark}</span>}
      </span>
    </Link>
  );
}

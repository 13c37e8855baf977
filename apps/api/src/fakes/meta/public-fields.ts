import type { Context } from "hono";
import { fakeBase } from "../recorder.ts";
import { pickFields } from "./fields.ts";
import { graphTime } from "./graph-response.ts";
import type { FakeContainer, FakeFacebookPost, FakeIgMedia, FakeIgUser, FakePage, FakePhoto, MetaState } from "./state.ts";

const DAY = 24 * 3_600_000;

export function base(state: MetaState, c: Context): string {
  return fakeBase(c.req.url, state.prefix);
}

export function postFields(state: MetaState, c: Context, post: FakeFacebookPost): Record<string, unknown> {
  return {
    id: post.id,
    message: post.message,
    created_time: graphTime(post.scheduledAt ?? post.createdAt),
    permalink_url: `${base(state, c)}/posts/${post.id}`,
    is_published: post.published,
    scheduled_publish_time: post.scheduledAt ? Math.floor(post.scheduledAt.getTime() / 1000) : undefined,
  };
}

export function photoFields(state: MetaState, c: Context, photo: FakePhoto): Record<string, unknown> {
  return { id: photo.id, alt_text_custom: photo.altText, name: photo.caption, link: `${base(state, c)}/files/photo/${photo.id}`, page_story_id: photo.postId };
}

export function pageFields(state: MetaState, page: FakePage): Record<string, unknown> {
  const instagram = state.igUsers.get(page.igUserId)!;
  return {
    id: page.id,
    name: page.name,
    username: page.username,
    instagram_business_account: (nested: string | null) => pickFields(igUserFields(state, instagram), nested ?? undefined, ["id"]),
  };
}

export function igUserFields(state: MetaState, user: FakeIgUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    name: state.pages.get(user.pageId)?.name,
    media_count: [...state.media.values()].filter((m) => m.igUserId === user.id).length,
  };
}

/**
 * A container's status moves on only when someone looks: IN_PROGRESS for its first
 * `pollsUntilFinished` checks, then FINISHED (or ERROR); EXPIRED 24 hours after it was made.
 */
export function containerStatus(state: MetaState, container: FakeContainer, looking: boolean): string {
  if (container.published) return "PUBLISHED";
  if (state.now().getTime() - container.createdAt.getTime() >= DAY) return "EXPIRED";
  if (container.pollsLeft > 0) {
    if (looking) container.pollsLeft--;
    return "IN_PROGRESS";
  }
  return container.outcome;
}

const STATUS_TEXT: Record<string, string> = {
  IN_PROGRESS: "In Progress: Media is still being processed.",
  FINISHED: "Finished: Media has been uploaded and it is ready to be published.",
  PUBLISHED: "Published: Media has been published.",
  EXPIRED: "Expired: Media was not published within 24 hours.",
  ERROR: "Error: Media upload has failed with error code 2207001.",
};

export function containerFields(state: MetaState, container: FakeContainer): Record<string, unknown> {
  const status = containerStatus(state, container, true);
  return { id: container.id, status_code: status, status: STATUS_TEXT[status] };
}

export function mediaFields(state: MetaState, c: Context, media: FakeIgMedia): Record<string, unknown> {
  return {
    id: media.id,
    caption: media.caption,
    timestamp: graphTime(media.timestamp),
    permalink: `${base(state, c)}/p/${media.shortcode}/`,
    shortcode: media.shortcode,
    media_type: media.mediaType,
    media_url: `${base(state, c)}/files/media/${media.id}/0`,
    username: state.igUsers.get(media.igUserId)?.username,
  };
}

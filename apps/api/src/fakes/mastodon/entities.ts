import { statusHtml } from "./format.ts";
import type { FakeAccount, FakeMedia, FakeScheduledStatus, FakeStatus, MastodonFakeState } from "./state.ts";

/** The JSON entities Mastodon answers with, trimmed to the fields clients commonly read. */

export function accountJson(account: FakeAccount, base: string, state: MastodonFakeState) {
  const statuses = state.statuses.filter((status) => status.accountId === account.id && !status.deletedAt);
  return {
    id: account.id,
    username: account.username,
    acct: account.username,
    display_name: account.username,
    locked: false,
    bot: false,
    discoverable: true,
    group: false,
    created_at: account.createdAt.toISOString(),
    note: "",
    url: `${base}/@${account.username}`,
    uri: `${base}/users/${account.username}`,
    avatar: `${base}/avatars/original/missing.png`,
    header: `${base}/headers/original/missing.png`,
    followers_count: 0,
    following_count: 0,
    statuses_count: statuses.length,
    last_status_at: statuses.at(-1)?.createdAt.toISOString().slice(0, 10) ?? null,
    emojis: [],
    fields: [],
  };
}

export function mediaUrl(media: FakeMedia, base: string, size: "original" | "small"): string {
  const extension = media.contentType.split("/")[1] ?? "bin";
  return `${base}/system/media_attachments/files/${media.id}/${size}/${media.id}.${extension === "jpeg" ? "jpg" : extension}`;
}

export function mediaJson(media: FakeMedia, base: string) {
  const ready = media.pollsUntilReady === 0;
  const dimensions = { width: media.width, height: media.height, size: `${media.width}x${media.height}`, aspect: media.width / media.height };
  return {
    id: media.id,
    type: "image",
    url: ready ? mediaUrl(media, base, "original") : null,
    preview_url: mediaUrl(media, base, "small"),
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: { original: dimensions, small: dimensions },
    description: media.description,
    blurhash: "UeKUpFxuo~R%0nW;WCnhF6RjaJt757oJodS$",
  };
}

function localMention(state: MastodonFakeState) {
  return (username: string, domain: string | undefined) => Boolean(state.accountByUsername(username)) && (!domain || domain.toLowerCase() === state.domain);
}

export function statusUrl(status: FakeStatus, account: FakeAccount, base: string): string {
  return `${base}/@${account.username}/${status.id}`;
}

export function statusJson(status: FakeStatus, base: string, state: MastodonFakeState, options: { withSource?: boolean } = {}) {
  const account = state.accounts.get(status.accountId)!;
  return {
    id: status.id,
    created_at: status.createdAt.toISOString(),
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    sensitive: false,
    spoiler_text: "",
    visibility: status.visibility,
    language: "en",
    uri: `${base}/users/${account.username}/statuses/${status.id}`,
    url: statusUrl(status, account, base),
    replies_count: 0,
    reblogs_count: 0,
    favourites_count: 0,
    edited_at: null,
    content: statusHtml(status.text, base, localMention(state)),
    reblog: null,
    application: { name: "Gatehouse", website: null },
    account: accountJson(account, base, state),
    media_attachments: status.mediaIds.map((id) => mediaJson(state.media.get(id)!, base)),
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
    // Mastodon gives the source text back only when a status is deleted, for delete-and-redraft.
    ...(options.withSource ? { text: status.text } : {}),
  };
}

export function scheduledStatusJson(scheduled: FakeScheduledStatus, base: string, state: MastodonFakeState) {
  return {
    id: scheduled.id,
    scheduled_at: scheduled.scheduledAt.toISOString(),
    params: {
      text: scheduled.text,
      poll: null,
      media_ids: scheduled.mediaIds,
      sensitive: null,
      spoiler_text: null,
      visibility: scheduled.visibility,
      idempotency: scheduled.idempotencyKey,
      scheduled_at: null,
      language: null,
      application_id: 1,
      in_reply_to_id: null,
      with_rate_limit: false,
    },
    media_attachments: scheduled.mediaIds.map((id) => mediaJson(state.media.get(id)!, base)),
  };
}

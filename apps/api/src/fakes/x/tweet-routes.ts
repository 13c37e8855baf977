import { platformLength } from "@gatehouse/policy";
import type { Hono } from "hono";
import { displayText } from "./display-text.ts";
import { guard, type XEnv } from "./guard.ts";
import { invalidRequest, notFound, plainProblem } from "./problems.ts";
import type { FakeTweet, XFakeState } from "./state.ts";

export const MAX_WEIGHTED_LENGTH = 280;
const MAX_MEDIA = 4;
/** the properties POST /2/tweets knows; its schema refuses any other (additionalProperties: false) */
const TWEET_FIELDS = new Set([
  "text",
  "media",
  "poll",
  "quote_tweet_id",
  "reply",
  "reply_settings",
  "direct_message_deep_link",
  "for_super_followers_only",
  "geo",
  "nullcast",
  "community_id",
  "card_uri",
  "made_with_ai",
  "paid_partnership",
  "share_with_followers",
  "edit_options",
]);
const MEDIA_FIELDS = new Set(["media_ids", "tagged_user_ids"]);
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function timelineEntry(tweet: FakeTweet, fields: Set<string>) {
  return {
    id: tweet.id,
    text: tweet.displayText,
    edit_history_tweet_ids: [tweet.id],
    ...(fields.has("created_at") ? { created_at: tweet.createdAt.toISOString().replace(/\.\d{3}Z$/, ".000Z") } : {}),
    ...(fields.has("author_id") ? { author_id: tweet.authorId } : {}),
  };
}

/** POST /2/tweets, DELETE /2/tweets/:id, GET /2/users/me and a user's timeline, as X v2 answers them. */
export function registerTweetRoutes(app: Hono<XEnv>, state: XFakeState): void {
  app.get("/2/users/me", guard(state, "GET /2/users/me", "users.read"), (c) => {
    const user = c.get("user");
    return c.json({ data: { id: user.id, name: user.name, username: user.username } });
  });

  app.post("/2/tweets", guard(state, "POST /2/tweets", "tweet.write"), async (c) => {
    const body: unknown = (c.req.header("content-type") ?? "").includes("application/json") ? await c.req.json().catch(() => null) : null;
    if (!isObject(body)) return invalidRequest(c, "The request body must be a JSON object.");
    const unknownField = Object.keys(body).find((key) => !TWEET_FIELDS.has(key));
    if (unknownField) return invalidRequest(c, `$.${unknownField}: is not defined in the schema and the schema does not allow additional properties`);
    if (body.text !== undefined && typeof body.text !== "string") return invalidRequest(c, "$.text: string found, but a different type is expected", { text: [] });
    const text = typeof body.text === "string" ? body.text : "";

    let mediaIds: string[] = [];
    if (body.media !== undefined) {
      if (!isObject(body.media)) return invalidRequest(c, "$.media: must be an object");
      const unknownMedia = Object.keys(body.media).find((key) => !MEDIA_FIELDS.has(key));
      if (unknownMedia) return invalidRequest(c, `$.media.${unknownMedia}: is not defined in the schema and the schema does not allow additional properties`);
      const ids = body.media.media_ids;
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== "string" || !/^[0-9]{1,19}$/.test(id))) {
        return invalidRequest(c, "$.media.media_ids: must be an array of numeric strings", { "media.media_ids": [] });
      }
      if (ids.length < 1) return invalidRequest(c, "$.media.media_ids: there must be a minimum of 1 items in the array", { "media.media_ids": [] });
      if (ids.length > MAX_MEDIA) return invalidRequest(c, `$.media.media_ids: there must be a maximum of ${MAX_MEDIA} items in the array`, { "media.media_ids": ids as string[] });
      mediaIds = ids as string[];
      const usable = mediaIds.every((id) => {
        const media = state.media.get(id);
        return media && media.ownerId === c.get("user").id && media.state === "succeeded";
      });
      if (!usable) return invalidRequest(c, "Your media IDs are invalid.", { "media.media_ids": mediaIds });
    }
    if (text.trim() === "" && mediaIds.length === 0) return invalidRequest(c, "$.text: text or media is required", { text: [] });
    if (platformLength(text, "x") > MAX_WEIGHTED_LENGTH) return invalidRequest(c, "Your Tweet text is too long.", { text: [text] });

    const author = c.get("user").id;
    const duplicate = [...state.tweets.values()].some((t) => t.authorId === author && !t.deletedAt && t.text === text);
    if (duplicate) return plainProblem(c, 403, "You are not allowed to create a Tweet with duplicate content.");

    const tweet: FakeTweet = { id: state.newId(), authorId: author, text, displayText: displayText(text, mediaIds.length > 0), mediaIds, createdAt: state.now() };
    state.tweets.set(tweet.id, tweet);
    return c.json({ data: { id: tweet.id, text: tweet.displayText, edit_history_tweet_ids: [tweet.id] } }, 201);
  });

  app.delete("/2/tweets/:id", guard(state, "DELETE /2/tweets/:id", "tweet.write"), (c) => {
    const id = c.req.param("id");
    const tweet = state.tweets.get(id);
    if (!tweet || tweet.deletedAt) return notFound(c, `Could not find tweet with id: [${id}].`, "tweet", id);
    if (tweet.authorId !== c.get("user").id) return plainProblem(c, 403, "You are not allowed to delete this Tweet.");
    tweet.deletedAt = state.now();
    return c.json({ data: { deleted: true } });
  });

  app.get("/2/users/:id/tweets", guard(state, "GET /2/users/:id/tweets", "tweet.read"), (c) => {
    const id = c.req.param("id");
    if (!state.users.has(id)) return notFound(c, `Could not find user with id: [${id}].`, "user", id);
    const { start_time: start, end_time: end, pagination_token: token } = c.req.query();
    for (const [name, value] of [["start_time", start], ["end_time", end]] as const) {
      if (value !== undefined && !ISO_SECONDS.test(value)) return invalidRequest(c, `The \`${name}\` query parameter value [${value}] is not a valid RFC 3339 date-time.`, { [name]: [value] });
    }
    const max = Number(c.req.query("max_results") ?? 10);
    if (!Number.isInteger(max) || max < 5 || max > 100) return invalidRequest(c, "The `max_results` query parameter value must be between 5 and 100.", { max_results: [String(max)] });
    const fields = new Set((c.req.query("tweet.fields") ?? "").split(",").filter(Boolean));
    const all = [...state.tweets.values()]
      .filter((t) => t.authorId === id && !t.deletedAt)
      .filter((t) => (!start || t.createdAt >= new Date(start)) && (!end || t.createdAt < new Date(end)))
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    const from = token ? Number(Buffer.from(token, "base64url").toString()) : 0;
    const page = all.slice(from, from + max);
    if (page.length === 0) return c.json({ meta: { result_count: 0 } });
    const next = from + max < all.length ? Buffer.from(String(from + max)).toString("base64url") : undefined;
    return c.json({
      data: page.map((t) => timelineEntry(t, fields)),
      meta: { result_count: page.length, newest_id: page[0]!.id, oldest_id: page.at(-1)!.id, ...(next ? { next_token: next } : {}) },
    });
  });
}

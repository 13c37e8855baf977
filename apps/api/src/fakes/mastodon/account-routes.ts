import type { Hono } from "hono";
import { fakeBase } from "../recorder.ts";
import { accountJson, statusJson } from "./entities.ts";
import { CHARACTERS_RESERVED_PER_URL } from "./format.ts";
import { auth, faults, rateLimit, type MastodonEnv } from "./guards.ts";
import { SUPPORTED_IMAGE_TYPES } from "./media-routes.ts";
import type { FakeStatus, MastodonFakeState } from "./state.ts";

function byIdDescending(a: FakeStatus, b: FakeStatus): number {
  const left = BigInt(a.id);
  const right = BigInt(b.id);
  return left === right ? 0 : left > right ? -1 : 1;
}

/** verify_credentials, an account's statuses (newest first, paged by max_id) and the instance's limits. */
export function accountRoutes(app: Hono<MastodonEnv>, state: MastodonFakeState, prefix: string): void {
  app.get("/api/v1/accounts/verify_credentials", faults(state, "verify_credentials"), auth(state, ["read:accounts", "profile"]), rateLimit(state), (c) => {
    const account = c.get("account");
    return c.json({ ...accountJson(account, fakeBase(c.req.url, prefix), state), source: { privacy: "public", sensitive: false, language: "en", note: "", fields: [] } });
  });

  app.get("/api/v1/accounts/:id/statuses", faults(state, "account_statuses"), auth(state, ["read:statuses"], { optional: true }), rateLimit(state), (c) => {
    const account = state.accounts.get(c.req.param("id"));
    if (!account) return c.json({ error: "Record not found" }, 404);
    const base = fakeBase(c.req.url, prefix);
    const own = c.get("token")?.accountId === account.id;
    const limit = Math.min(40, Math.max(1, Number(c.req.query("limit") ?? 20) || 20));
    const maxId = c.req.query("max_id");
    const sinceId = c.req.query("since_id");
    const minId = c.req.query("min_id");
    let statuses = state.statuses
      .filter((status) => status.accountId === account.id && !status.deletedAt && (own || status.visibility === "public" || status.visibility === "unlisted"))
      .filter((status) => (maxId ? BigInt(status.id) < BigInt(maxId) : true))
      .filter((status) => (sinceId ? BigInt(status.id) > BigInt(sinceId) : true))
      .sort(byIdDescending);
    // min_id gives the page just after it, still newest first.
    if (minId) statuses = statuses.filter((status) => BigInt(status.id) > BigInt(minId)).slice(-limit);
    else statuses = statuses.slice(0, limit);
    if (statuses.length > 0) {
      const path = `${base}/api/v1/accounts/${account.id}/statuses`;
      c.header("Link", `<${path}?limit=${limit}&max_id=${statuses.at(-1)!.id}>; rel="next", <${path}?limit=${limit}&min_id=${statuses[0]!.id}>; rel="prev"`);
    }
    return c.json(statuses.map((status) => statusJson(status, base, state)));
  });

  app.get("/api/v2/instance", faults(state, "instance"), (c) => {
    const base = fakeBase(c.req.url, prefix);
    const limits = state.limits;
    return c.json({
      domain: state.domain,
      title: "Gatehouse demo Mastodon",
      version: "4.3.0",
      source_url: "https://github.com/mastodon/mastodon",
      description: "A stand-in Mastodon instance for Gatehouse's tests and demo.",
      usage: { users: { active_month: state.accounts.size } },
      thumbnail: { url: `${base}/packs/media/images/preview.png` },
      languages: ["en"],
      configuration: {
        urls: { streaming: base.replace(/^http/, "ws") },
        accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
        statuses: { max_characters: limits.maxCharacters, max_media_attachments: limits.maxMediaAttachments, characters_reserved_per_url: CHARACTERS_RESERVED_PER_URL },
        media_attachments: {
          supported_mime_types: SUPPORTED_IMAGE_TYPES,
          description_limit: limits.descriptionLimit,
          image_size_limit: limits.imageSizeLimit,
          image_matrix_limit: 33_177_600,
          video_size_limit: 103_809_024,
          video_frame_rate_limit: 120,
          video_matrix_limit: 8_294_400,
        },
        polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2_629_746 },
        translation: { enabled: false },
      },
      registrations: { enabled: false, approval_required: false, message: null },
      contact: { email: "", account: null },
      rules: [],
    });
  });
}

import type { Context, Hono } from "hono";
import { fakeBase } from "../recorder.ts";
import { scheduledStatusJson, statusJson } from "./entities.ts";
import { CHARACTERS_RESERVED_PER_URL, countableLength } from "./format.ts";
import { auth, faults, rateLimit, type MastodonEnv } from "./guards.ts";
import { readParams, type Params } from "./params.ts";
import type { FakeAccount, MastodonFakeState } from "./state.ts";

const IDEMPOTENCY_MS = 60 * 60 * 1000;
const SCHEDULE_LEAD_MS = 5 * 60 * 1000;
const VISIBILITIES = ["public", "unlisted", "private", "direct"];

function invalid(c: Context, message: string) {
  return c.json({ error: message }, 422);
}

/** PostStatusService's checks, in its order; the first failure is the answer. */
function validate(state: MastodonFakeState, account: FakeAccount, params: Params, text: string, mediaIds: string[]): string | null {
  if (mediaIds.length > state.limits.maxMediaAttachments) return `Cannot attach more than ${state.limits.maxMediaAttachments} files`;
  const missing = mediaIds.filter((id) => {
    const media = state.media.get(id);
    return !media || media.accountId !== account.id || media.statusId !== null;
  });
  if (missing.length > 0) return `Media ${missing.join(", ")} not found or already attached to another post`;
  if (mediaIds.some((id) => state.media.get(id)!.pollsUntilReady > 0)) return "Cannot attach files that have not finished processing. Try again in a moment!";
  if (text === "" && mediaIds.length === 0) return "Validation failed: Text can't be blank";
  if (countableLength(text, CHARACTERS_RESERVED_PER_URL) > state.limits.maxCharacters) return `Validation failed: Text character limit of ${state.limits.maxCharacters} exceeded`;
  const visibility = params.get("visibility") ?? "public";
  if (!VISIBILITIES.includes(visibility)) return `'${visibility}' is not a valid visibility`;
  return null;
}

/** POST /api/v1/statuses (with Idempotency-Key and scheduled_at), GET and DELETE /api/v1/statuses/:id. */
export function statusRoutes(app: Hono<MastodonEnv>, state: MastodonFakeState, prefix: string): void {
  app.post("/api/v1/statuses", faults(state, "statuses_create"), auth(state, ["write:statuses"]), rateLimit(state), async (c) => {
    const account = c.get("account");
    const base = fakeBase(c.req.url, prefix);
    const now = state.now();
    const key = c.req.header("idempotency-key") ?? null;
    const remembered = key ? state.idempotency.get(`${account.id}:${key}`) : undefined;
    if (remembered && now.getTime() - remembered.at.getTime() < IDEMPOTENCY_MS) {
      if (remembered.scheduled) {
        const scheduled = state.scheduled.find((item) => item.id === remembered.id);
        if (scheduled) return c.json(scheduledStatusJson(scheduled, base, state), 200);
      } else {
        const status = state.statuses.find((item) => item.id === remembered.id && !item.deletedAt);
        if (status) return c.json(statusJson(status, base, state), 200);
      }
    }

    const params = await readParams(c.req.raw);
    const text = (params.get("status") ?? "").trim();
    const mediaIds = params.getAll("media_ids");
    const problem = validate(state, account, params, text, mediaIds);
    if (problem) return invalid(c, problem);
    const visibility = params.get("visibility") ?? "public";

    const scheduledAt = params.get("scheduled_at");
    if (scheduledAt !== undefined) {
      const at = new Date(scheduledAt);
      if (Number.isNaN(at.getTime()) || at.getTime() - now.getTime() < SCHEDULE_LEAD_MS) {
        return invalid(c, "Validation failed: Scheduled at The scheduled date must be in the future");
      }
      const scheduled = { id: state.nextId(), accountId: account.id, scheduledAt: at, text, visibility, mediaIds, idempotencyKey: key };
      state.scheduled.push(scheduled);
      if (key) state.idempotency.set(`${account.id}:${key}`, { id: scheduled.id, scheduled: true, at: now });
      return c.json(scheduledStatusJson(scheduled, base, state), 200);
    }

    const status = { id: state.nextId(), accountId: account.id, text, visibility, createdAt: now, mediaIds, idempotencyKey: key, deletedAt: null };
    state.statuses.push(status);
    for (const id of mediaIds) state.media.get(id)!.statusId = status.id;
    if (key) state.idempotency.set(`${account.id}:${key}`, { id: status.id, scheduled: false, at: now });
    return c.json(statusJson(status, base, state), 200);
  });

  app.get("/api/v1/statuses/:id", auth(state, ["read:statuses"], { optional: true }), rateLimit(state), (c) => {
    const status = state.statuses.find((item) => item.id === c.req.param("id") && !item.deletedAt);
    if (!status) return c.json({ error: "Record not found" }, 404);
    return c.json(statusJson(status, fakeBase(c.req.url, prefix), state), 200);
  });

  app.delete("/api/v1/statuses/:id", faults(state, "statuses_delete"), auth(state, ["write:statuses"]), rateLimit(state), (c) => {
    const status = state.statuses.find((item) => item.id === c.req.param("id") && item.accountId === c.get("account").id && !item.deletedAt);
    if (!status) return c.json({ error: "Record not found" }, 404);
    status.deletedAt = state.now();
    return c.json(statusJson(status, fakeBase(c.req.url, prefix), state, { withSource: true }), 200);
  });
}

import type { Context, Hono } from "hono";
import { cidOf } from "./cid.ts";
import { checkPostRecord, TID } from "./lexicon.ts";
import type { BlueskyState, FakeAccount, FakeBlob, FakeRecord } from "./state.ts";
import { requireSession, xrpcError, type BlueskyEnv } from "./xrpc.ts";

const MAX_BLOB_UPLOAD = 50_000_000;
const SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";

/** A TID for now: what the PDS uses for a record key nobody chose, and for a commit's rev. */
function tidAt(now: Date, sequence: number): string {
  let value = (BigInt(now.getTime()) * 1000n + BigInt(sequence % 1000)) * 1024n + BigInt(sequence % 1024);
  let out = "";
  for (let i = 0; i < 13; i += 1) {
    out = SORTABLE[Number(value & 31n)]! + out;
    value >>= 5n;
  }
  return out;
}

function recordsOf(state: BlueskyState, did: string): Map<string, FakeRecord> {
  let records = state.records.get(did);
  if (!records) state.records.set(did, (records = new Map<string, FakeRecord>()));
  return records;
}

function repoAccount(state: BlueskyState, c: Context, repo: unknown): FakeAccount | Response {
  const account = typeof repo === "string" ? state.accountByIdentifier(repo) : undefined;
  return account ?? xrpcError(c, 400, "InvalidRequest", `Could not find repo: ${String(repo)}`);
}

function commit(state: BlueskyState) {
  const rev = tidAt(state.now(), state.tokens.size + state.records.size);
  return { cid: cidOf(`commit:${rev}:${Math.random()}`, "dag-cbor"), rev };
}

/** com.atproto.repo.* and com.atproto.sync.getBlob for app.bsky.feed.post records and their pictures. */
export function repoRoutes(app: Hono<BlueskyEnv>, state: BlueskyState): void {
  const session = requireSession(state);

  app.post("/xrpc/com.atproto.repo.uploadBlob", session, async (c) => {
    const bytes = Buffer.from(await c.req.arrayBuffer());
    if (bytes.length > MAX_BLOB_UPLOAD) return xrpcError(c, 413, "PayloadTooLarge", "request entity too large");
    if (bytes.length === 0) return xrpcError(c, 400, "InvalidRequest", "Request body is empty");
    const did = c.get("account").did;
    const mimeType = c.req.header("content-type")?.split(";")[0]?.trim() || "application/octet-stream";
    const cid = cidOf(bytes, "raw");
    const blobs = state.blobs.get(did) ?? new Map<string, FakeBlob>();
    blobs.set(cid, { cid, bytes, mimeType, size: bytes.length });
    state.blobs.set(did, blobs);
    return c.json({ blob: { $type: "blob", ref: { $link: cid }, mimeType, size: bytes.length } });
  });

  app.post("/xrpc/com.atproto.repo.createRecord", session, async (c) => {
    const body = await c.req.json<Record<string, unknown>>().catch(() => null);
    if (!body) return xrpcError(c, 400, "InvalidRequest", "Request body must be JSON");
    const account = c.get("account");
    if (body.repo !== account.did && body.repo !== account.handle) return xrpcError(c, 401, "AuthenticationRequired", "Authentication Required");
    if (body.collection !== "app.bsky.feed.post") return xrpcError(c, 400, "InvalidRequest", `This fake PDS stores only app.bsky.feed.post records, not ${String(body.collection)}`);
    if (body.rkey !== undefined && (typeof body.rkey !== "string" || !TID.test(body.rkey))) {
      return xrpcError(c, 400, "InvalidRequest", `Invalid record key for app.bsky.feed.post: Invalid TID string (got ${JSON.stringify(body.rkey)}) at $`);
    }
    const problem = checkPostRecord(body.record, (cid) => state.blobs.get(account.did)?.get(cid), state.maxImageBytes);
    if (problem) return xrpcError(c, 400, problem.error, problem.message);
    const records = recordsOf(state, account.did);
    const rkey = (body.rkey) ?? tidAt(state.now(), records.size);
    // The reference PDS (0.4.x) fails a write at a taken key deep in its tree code: a bare 500.
    if (records.has(`app.bsky.feed.post/${rkey}`)) return xrpcError(c, 500, "InternalServerError", "Internal Server Error");
    const value = body.record as Record<string, unknown>;
    const record: FakeRecord = {
      uri: `at://${account.did}/app.bsky.feed.post/${rkey}`,
      cid: cidOf(JSON.stringify(value), "dag-cbor"),
      rkey,
      collection: "app.bsky.feed.post",
      value,
      indexedAt: state.now(),
    };
    records.set(`app.bsky.feed.post/${rkey}`, record);
    return c.json({ uri: record.uri, cid: record.cid, commit: commit(state), validationStatus: "valid" });
  });

  app.get("/xrpc/com.atproto.repo.getRecord", (c) => {
    const account = repoAccount(state, c, c.req.query("repo"));
    if (account instanceof Response) return account;
    const { collection, rkey } = c.req.query();
    const record = state.records.get(account.did)?.get(`${collection}/${rkey}`);
    if (!record) return xrpcError(c, 400, "RecordNotFound", `Could not locate record: at://${account.did}/${collection}/${rkey}`);
    return c.json({ uri: record.uri, cid: record.cid, value: record.value });
  });

  app.get("/xrpc/com.atproto.repo.listRecords", (c) => {
    const account = repoAccount(state, c, c.req.query("repo"));
    if (account instanceof Response) return account;
    const { collection, cursor } = c.req.query();
    const limit = Math.min(100, Math.max(1, Number(c.req.query("limit") ?? 50) || 50));
    const reverse = c.req.query("reverse") === "true";
    // Newest first by record key, as the PDS lists them; `reverse` for oldest first.
    const all = [...(state.records.get(account.did)?.values() ?? [])].filter((record) => record.collection === collection).sort((a, b) => (reverse ? a.rkey.localeCompare(b.rkey) : b.rkey.localeCompare(a.rkey)));
    const after = cursor ? all.filter((record) => (reverse ? record.rkey > cursor : record.rkey < cursor)) : all;
    const page = after.slice(0, limit);
    const last = page.at(-1);
    return c.json({ records: page.map(({ uri, cid, value }) => ({ uri, cid, value })), ...(last && after.length > limit ? { cursor: last.rkey } : {}) });
  });

  app.post("/xrpc/com.atproto.repo.deleteRecord", session, async (c) => {
    const body = await c.req.json<Record<string, unknown>>().catch(() => null);
    const account = c.get("account");
    if (!body || (body.repo !== account.did && body.repo !== account.handle)) return xrpcError(c, 401, "AuthenticationRequired", "Authentication Required");
    const key = `${String(body.collection)}/${String(body.rkey)}`;
    const records = recordsOf(state, account.did);
    // "Ensure it doesn't exist": deleting what is not there succeeds, with no commit.
    if (!records.delete(key)) return c.json({});
    return c.json({ commit: commit(state) });
  });

  app.get("/xrpc/com.atproto.sync.getBlob", (c) => {
    const blob = state.blobs.get(c.req.query("did") ?? "")?.get(c.req.query("cid") ?? "");
    if (!blob) return xrpcError(c, 400, "BlobNotFound", "Blob not found");
    return c.body(new Uint8Array(blob.bytes), 200, { "content-type": blob.mimeType, "content-length": String(blob.size) });
  });
}

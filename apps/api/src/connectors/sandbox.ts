import type { Clock } from "../clock.ts";
import type { Db } from "../db/database.ts";
import { newId } from "../ids.ts";
import type { BlobStore } from "../storage/blob-store.ts";
import * as repo from "./sandbox-repo.ts";
import { ConnectorError, type Connector, type ConnectorAccount, type FindRequest, type PublishRequest, type RemotePost } from "./types.ts";

export interface SandboxOptions {
  /** where the web app shows the sandbox feed, for post URLs */
  publicUrl: string;
  /** a pause after the platform has stored a post and before it answers: widens the crash window in tests */
  latencyMs?: number;
  /** the chance this process kills itself right after the post is stored: the worst moment to crash */
  crashRate?: number;
}

/**
 * The built-in platform of the demo and the tests: it stores posts in the database and
 * shows them as a feed. Faults set per account (fail the next N calls, time out after
 * accepting, rate-limit) make it misbehave the way real platforms do.
 */
export class SandboxConnector implements Connector {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly storage: BlobStore,
    private readonly options: SandboxOptions,
  ) {}

  private url(account: ConnectorAccount, id: string): string {
    return `${this.options.publicUrl}/sandbox/${account.id}#post-${id}`;
  }

  private async call(account: ConnectorAccount, operation: string, key: string | null, outcome: string): Promise<void> {
    await repo.recordCall(this.db, { id: newId(), account_id: account.id, operation, idempotency_key: key, outcome, at: this.clock.now().toISOString() });
  }

  async publish({ account, idempotencyKey, text, media, signal }: PublishRequest): Promise<RemotePost> {
    const fault = await repo.takeFault(this.db, account.id);
    // A request the client gave up on before it arrived is never stored (as with a dropped connection).
    if (signal?.aborted) throw new ConnectorError("timeout", "The request was abandoned before the platform received it.");
    if (fault && fault.mode !== "timeout") {
      await this.call(account, "publish", idempotencyKey, fault.mode);
      if (fault.mode === "rate_limit") throw new ConnectorError("rate_limited", "Too many requests", fault.retry_after_ms ?? 60_000);
      if (fault.mode === "permanent") throw new ConnectorError("permanent", "The platform refused the post: it breaks the platform's rules.");
      if (fault.mode === "auth") throw new ConnectorError("auth", "The platform no longer accepts this account's credentials.");
      throw new ConnectorError("transient", "The platform is temporarily unavailable (503).");
    }
    const id = newId();
    // The platform keeps its own copy of each picture, as a real one does.
    const stored = await Promise.all(media.map(async (m) => ({ key: await this.storage.put(m.bytes), altText: m.altText, width: m.width, height: m.height })));
    await repo.insertPost(this.db, {
      id,
      account_id: account.id,
      platform: account.platform,
      text,
      idempotency_key: idempotencyKey,
      created_at: this.clock.now().toISOString(),
      deleted_at: null,
      media_json: stored.length ? JSON.stringify(stored) : null,
    });
    await this.call(account, "publish", idempotencyKey, fault ? "accepted-then-timeout" : "accepted");
    if (this.options.crashRate && Math.random() < this.options.crashRate) process.kill(process.pid, "SIGKILL");
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, Math.random() * this.options.latencyMs!));
    // Accepted, but the answer never arrives: the publisher must find it rather than send again.
    if (fault?.mode === "timeout") throw new ConnectorError("timeout", "No answer from the platform within the time limit.");
    return { remoteId: id, url: this.url(account, id) };
  }

  async find({ account, idempotencyKey }: FindRequest): Promise<RemotePost | null> {
    const row = await repo.findByKey(this.db, account.id, idempotencyKey);
    await this.call(account, "find", idempotencyKey, row ? "found" : "not-found");
    return row ? { remoteId: row.id, url: this.url(account, row.id) } : null;
  }

  async delete(account: ConnectorAccount, remoteId: string): Promise<void> {
    const row = await repo.findPost(this.db, account.id, remoteId);
    await this.call(account, "delete", null, row ? "deleted" : "not-found");
    if (!row) throw new ConnectorError("permanent", "The platform has no such post.");
    if (!row.deleted_at) await repo.markDeleted(this.db, remoteId, this.clock.now().toISOString());
  }
}

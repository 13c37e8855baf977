import type { Clock } from "../clock.ts";
import type { Db, Tx } from "../db/database.ts";
import { lockChain } from "../db/dialect.ts";
import { newId } from "../ids.ts";
import { GENESIS_HASH, eventHash } from "./hash.ts";
import * as repo from "./repo.ts";

const AUDIT_CHAIN_LOCK = 0x6761_7465; // "gate"

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/**
 * Append one event to the hash chain. Call it inside the transaction that makes the
 * change, so the change and its record land together or not at all.
 */
export async function recordAudit(tx: Tx, clock: Clock, input: AuditInput): Promise<void> {
  await lockChain(tx, AUDIT_CHAIN_LOCK);
  const last = await repo.lastEvent(tx);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    id: newId(clock.now().getTime()),
    at: clock.now().toISOString(),
    actor_id: input.actorId,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId,
    before_json: input.before === undefined ? null : JSON.stringify(input.before),
    after_json: input.after === undefined ? null : JSON.stringify(input.after),
    reason: input.reason ?? null,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await repo.insertEvent(tx, { ...fields, hash: eventHash(fields) });
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** the first event whose hash or link does not hold */
  brokenAt?: { seq: number; problem: string };
}

/** Walk the whole chain in pages; any edit, deletion or reordering shows up as a break. */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await repo.eventsInOrder(db, expectedSeq - 1, pageSize);
    if (page.length === 0) return { ok: true, checked };
    for (const event of page) {
      if (event.seq !== expectedSeq) return broken(checked, expectedSeq, `event ${expectedSeq} is missing`);
      if (event.prev_hash !== prevHash) return broken(checked, event.seq, "it does not link to the event before it");
      if (eventHash(event) !== event.hash) return broken(checked, event.seq, "its contents were changed after it was written");
      prevHash = event.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
}

function broken(checked: number, seq: number, problem: string): VerifyResult {
  return { ok: false, checked, brokenAt: { seq, problem } };
}

import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface ChainedFields {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  prev_hash: string;
}

/** The hash covers every field and the previous hash, so editing or removing any event breaks the chain. */
export function eventHash(e: ChainedFields): string {
  const canonical = JSON.stringify([
    e.seq,
    e.id,
    e.at,
    e.actor_id,
    e.action,
    e.entity_type,
    e.entity_id,
    e.before_json,
    e.after_json,
    e.reason,
    e.prev_hash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

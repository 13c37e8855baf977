import type { AccountGraph } from "../meta/account-graph.ts";
import { GraphFailure } from "../meta/graph-errors.ts";

/** Deleting a post that is already gone is done: Meta answers code 100, subcode 33 for it. */
export async function deleteFromPage(graph: AccountGraph, postId: string): Promise<void> {
  try {
    await graph.call<{ success?: boolean }>({ method: "DELETE", path: `/${postId}`, refused: "the deletion" });
  } catch (error) {
    if (error instanceof GraphFailure && error.graph?.code === 100 && error.graph.error_subcode === 33) return;
    throw error;
  }
}

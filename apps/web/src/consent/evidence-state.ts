/**
 * Router state for the consent page when the record was saved but its signed form was not:
 * the page says so and offers the upload again.
 */
export interface EvidenceProblemState {
  evidenceProblem: string;
}

export function evidenceProblemState(message: string): EvidenceProblemState {
  return { evidenceProblem: message };
}

export function evidenceProblemOf(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("evidenceProblem" in state)) return null;
  return typeof state.evidenceProblem === "string" ? state.evidenceProblem : null;
}

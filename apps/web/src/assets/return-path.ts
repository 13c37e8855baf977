/**
 * Where the upload page offers to take someone back to: only a submission they were editing,
 * never an address from elsewhere (the value comes from the page's own address).
 */
export function submissionReturnPath(value: string | null): string | null {
  if (!value) return null;
  return /^\/submissions\/(new|[\w-]+\/edit)$/.test(value) ? value : null;
}

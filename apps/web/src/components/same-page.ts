/**
 * Router state for a navigation that only gives the page on screen a new address, such as a
 * new draft's first save (`/submissions/new` becomes `/submissions/:id/edit`): the page is the
 * same, so focus and scroll stay where the person is working.
 */
export const SAME_PAGE = { samePage: true } as const;

export function isSamePage(state: unknown): boolean {
  return typeof state === "object" && state !== null && "samePage" in state && state.samePage === true;
}

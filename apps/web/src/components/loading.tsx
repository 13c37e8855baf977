/** Shown while a page's data loads; announced politely to screen readers. */
export function Loading() {
  return (
    <p className="nhsuk-body" role="status">
      Loading…
    </p>
  );
}

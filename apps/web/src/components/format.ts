const DATE = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric" });
const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", minute: "2-digit", hour12: true });

/** "26 November 2025": dates are stored in UTC and shown in UK time. */
export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}

/** "26 November 2025 at 3:05pm" */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${DATE.format(date)} at ${TIME.format(date).replace(/\s/g, "").toLowerCase()}`;
}

/** "2.4 MB", "380 KB": a file's size as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

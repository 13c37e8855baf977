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

import { fromLondon, toLondon } from "@gatehouse/policy";

/**
 * Calendar dates ("YYYY-MM-DD") and clock times in Europe/London, for pages that schedule and
 * show posts. The conversions themselves are packages/policy's toLondon and fromLondon; here
 * is only the arithmetic on plain dates and the wording.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date string that is a real calendar date. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value) return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function civil(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = civil(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The same day of another month, or its last day when that month is shorter. */
export function addMonths(date: string, months: number): string {
  const d = civil(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return iso(target);
}

/** Monday of the date's week: weeks start on Monday in the UK. */
export function startOfWeek(date: string): string {
  const day = civil(date).getUTCDay(); // 0 = Sunday
  return addDays(date, -((day + 6) % 7));
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 8)}01`;
}

export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** Today's date in London. */
export function londonToday(now: Date = new Date()): string {
  return toLondon(now).date;
}

/** The instant a London day starts (midnight always exists: the clocks change at 1am and 2am). */
export function londonDayStart(date: string): Date {
  const start = fromLondon(date, "00:00");
  if (!start.ok) throw new Error(`No midnight in London on ${date}`);
  return start.instant;
}

const DAY_FORMATS = {
  long: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }),
  dayMonth: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }),
  monthYear: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" }),
  dayShortMonth: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" }),
};

/** "Monday 2 March 2026" for a calendar date. */
export function formatDay(date: string, style: keyof typeof DAY_FORMATS = "long"): string {
  return DAY_FORMATS[style].format(civil(date));
}

export function dayOfMonth(date: string): number {
  return civil(date).getUTCDate();
}

/** "15:05": the London clock time of an instant, 24-hour, as on a calendar. */
export function londonClock(isoInstant: string): string {
  return toLondon(new Date(isoInstant)).time;
}

/** The London date of an instant. */
export function londonDate(isoInstant: string): string {
  return toLondon(new Date(isoInstant)).date;
}

const UTC_FORMAT = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "14:05 UTC, 26 November 2025": the stored time, for the small print. */
export function formatUtc(isoInstant: string): string {
  const parts = Object.fromEntries(UTC_FORMAT.formatToParts(new Date(isoInstant)).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} UTC, ${parts.day} ${parts.month} ${parts.year}`;
}

const RELATIVE = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });

/** "5 minutes ago", "in 2 hours", "yesterday". */
export function timeAgo(isoInstant: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(isoInstant).getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 45 * 60) return RELATIVE.format(Math.round(seconds / 60), "minute");
  if (abs < 22 * 3600) return RELATIVE.format(Math.round(seconds / 3600), "hour");
  if (abs < 26 * 86400) return RELATIVE.format(Math.round(seconds / 86400), "day");
  if (abs < 320 * 86400) return RELATIVE.format(Math.round(seconds / (30 * 86400)), "month");
  return RELATIVE.format(Math.round(seconds / (365 * 86400)), "year");
}

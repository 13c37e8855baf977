import { addDays, addMonths, formatDay, isIsoDate, londonDayStart, londonToday, startOfMonth, startOfWeek } from "../components/london-time.ts";

export type CalendarMode = "month" | "week";

/** What the calendar shows, all of it in the address: ?view=month|week&date=YYYY-MM-DD&account=<id>. */
export interface CalendarView {
  mode: CalendarMode;
  /** the date the view is about; the month or week around it is shown */
  date: string;
  accountId: string;
  /** every London day shown, Monday first, in weeks of seven */
  weeks: string[][];
  /** the UTC bounds of the days shown, for posts.list */
  from: string;
  to: string;
  caption: string;
  previous: string;
  next: string;
}

export function calendarView(params: URLSearchParams, today: string = londonToday()): CalendarView {
  const mode: CalendarMode = params.get("view") === "week" ? "week" : "month";
  const requested = params.get("date");
  const date = isIsoDate(requested) ? requested : today;
  const accountId = params.get("account") ?? "";

  let first: string;
  let last: string;
  let caption: string;
  if (mode === "month") {
    const monthStart = startOfMonth(date);
    const monthEnd = addDays(startOfMonth(addMonths(monthStart, 1)), -1);
    first = startOfWeek(monthStart);
    last = addDays(startOfWeek(monthEnd), 6);
    caption = formatDay(monthStart, "monthYear");
  } else {
    first = startOfWeek(date);
    last = addDays(first, 6);
    caption = `${formatDay(first, "dayMonth")} to ${formatDay(last, "dayMonth")}`;
  }

  const weeks: string[][] = [];
  for (let day = first; day <= last; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  }

  return {
    mode,
    date,
    accountId,
    weeks,
    from: londonDayStart(first).toISOString(),
    to: londonDayStart(addDays(last, 1)).toISOString(),
    caption,
    previous: mode === "month" ? addMonths(date, -1) : addDays(date, -7),
    next: mode === "month" ? addMonths(date, 1) : addDays(date, 7),
  };
}

/** The address of a calendar view, keeping the account filter. */
export function calendarHref(view: { mode: CalendarMode; accountId: string }, date: string, mode: CalendarMode = view.mode): string {
  const params = new URLSearchParams({ view: mode, date });
  if (view.accountId) params.set("account", view.accountId);
  return `/calendar?${params.toString()}`;
}

/**
 * Scheduling happens in Europe/London; storage is UTC. These turn one into the other with
 * the clock changes handled (a local time that does not exist, or exists twice, is said so).
 */
export const LONDON = "Europe/London";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export interface LondonTime {
  date: string; // YYYY-MM-DD
  time: string; // HH:MM
}

/** The wall-clock date and time in London at an instant. */
export function toLondon(instant: Date): LondonTime {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** London's offset from UTC in minutes at an instant (0 in winter, 60 in summer). */
export function londonOffsetMinutes(instant: Date): number {
  const p: Record<string, number> = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

export type LondonConversion =
  | { ok: true; instant: Date; ambiguous: boolean }
  | { ok: false; reason: string };

/**
 * The UTC instant of a London wall-clock time. In the hour the clocks go back the time
 * happens twice: the first (BST) is chosen and `ambiguous` says so. In the hour they go
 * forward the time never happens.
 */
export function fromLondon(date: string, time: string): LondonConversion {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return { ok: false, reason: "Give the date as YYYY-MM-DD and the time as HH:MM." };
  const [y, mo, da, h, mi] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return { ok: false, reason: "That is not a real date and time." };
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  if (new Date(wall).getUTCDate() !== da) return { ok: false, reason: "That is not a real date." };
  const candidates = [60, 0]
    .map((offset) => new Date(wall - offset * 60_000))
    .filter((instant) => {
      const back = toLondon(instant);
      return back.date === date && back.time === time;
    });
  if (candidates.length === 0) return { ok: false, reason: `${time} on ${date} does not exist in London: the clocks go forward an hour then.` };
  return { ok: true, instant: candidates[0]!, ambiguous: candidates.length > 1 };
}

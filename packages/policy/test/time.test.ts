import { describe, expect, it } from "vitest";
import { fromLondon, londonOffsetMinutes, toLondon } from "../src/index.ts";

describe("Europe/London scheduling", () => {
  it("is UTC in winter and UTC+1 in summer", () => {
    expect(fromLondon("2026-12-01", "09:30")).toMatchObject({ ok: true, instant: new Date("2026-12-01T09:30:00Z"), ambiguous: false });
    expect(fromLondon("2026-07-01", "09:30")).toMatchObject({ ok: true, instant: new Date("2026-07-01T08:30:00Z") });
    expect(londonOffsetMinutes(new Date("2026-07-01T12:00:00Z"))).toBe(60);
    expect(londonOffsetMinutes(new Date("2026-12-01T12:00:00Z"))).toBe(0);
  });

  it("says a time in the hour the clocks go forward does not exist", () => {
    const r = fromLondon("2027-03-28", "01:30");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/does not exist/);
    expect(fromLondon("2027-03-28", "02:00")).toMatchObject({ ok: true, instant: new Date("2027-03-28T01:00:00Z") });
  });

  it("chooses the first of a time that happens twice when the clocks go back, and says so", () => {
    expect(fromLondon("2026-10-25", "01:30")).toMatchObject({ ok: true, instant: new Date("2026-10-25T00:30:00Z"), ambiguous: true });
    expect(fromLondon("2026-10-25", "02:30")).toMatchObject({ ok: true, instant: new Date("2026-10-25T02:30:00Z"), ambiguous: false });
  });

  it("round-trips every half hour across both clock changes", () => {
    for (const start of ["2026-10-24T20:00:00Z", "2027-03-27T20:00:00Z"]) {
      for (let i = 0; i < 24; i++) {
        const instant = new Date(new Date(start).getTime() + i * 30 * 60_000);
        const { date, time } = toLondon(instant);
        const back = fromLondon(date, time);
        expect(back.ok).toBe(true);
        if (back.ok && !back.ambiguous) expect(back.instant.toISOString()).toBe(instant.toISOString());
      }
    }
  });

  it("refuses dates that are not real", () => {
    expect(fromLondon("2026-02-30", "09:00").ok).toBe(false);
    expect(fromLondon("2026-12-01", "25:00").ok).toBe(false);
    expect(fromLondon("1/12/2026", "9am").ok).toBe(false);
  });
});

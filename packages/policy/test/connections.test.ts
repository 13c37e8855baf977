import { describe, expect, it } from "vitest";
import { connectionState, EXPIRING_WITHIN_MS, platformCanDelete } from "../src/index.ts";

const now = new Date("2026-12-07T10:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("an account's connection", () => {
  it("is the sandbox's until connected, and disconnected once the platform refuses it or its renewal date passes", () => {
    expect(connectionState({ onSandbox: true, connectionError: "refused", renewBy: null }, now)).toBe("sandbox");
    expect(connectionState({ onSandbox: false, connectionError: null, renewBy: null }, now)).toBe("connected");
    expect(connectionState({ onSandbox: false, connectionError: "X no longer accepts it", renewBy: null }, now)).toBe("disconnected");
    expect(connectionState({ onSandbox: false, connectionError: null, renewBy: now }, now)).toBe("disconnected");
  });

  it("is expiring within a week of its renewal date, and connected before that", () => {
    expect(connectionState({ onSandbox: false, connectionError: null, renewBy: at(EXPIRING_WITHIN_MS - 1) }, now)).toBe("expiring");
    expect(connectionState({ onSandbox: false, connectionError: null, renewBy: at(EXPIRING_WITHIN_MS) }, now)).toBe("connected");
  });

  it("can have its posts deleted through the API everywhere but Instagram", () => {
    expect(platformCanDelete("instagram")).toBe(false);
    expect(platformCanDelete("x")).toBe(true);
  });
});

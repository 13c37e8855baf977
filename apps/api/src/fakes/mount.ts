import type { Hono } from "hono";
import type { FakeCall } from "./recorder.ts";
import { createBlueskyFake } from "./bluesky/index.ts";
import { createLinkedInFake } from "./linkedin/index.ts";
import { createMastodonFake } from "./mastodon/index.ts";
import { createMetaFake } from "./meta/index.ts";
import { createXFake } from "./x/index.ts";

const KEPT_CALLS = 500;

/**
 * The demo serves a fake of each platform's API under /fakes/<name> on its own port, so a
 * demo account can be connected through the real client code, sign-in screens and all,
 * without the internet. State lives in memory and goes with the process.
 */
export function mountFakes(app: Hono): void {
  const fakes: Record<string, (prefix: string) => { app: Hono; calls: FakeCall[] }> = {
    x: (prefix) => createXFake({ prefix }),
    mastodon: (prefix) => createMastodonFake({ prefix }),
    linkedin: (prefix) => createLinkedInFake({ prefix }),
    // Facebook and Instagram share graph.facebook.com, and so share one fake.
    meta: (prefix) => createMetaFake({ prefix }),
    // The first sign-in for a handle makes the account, with the app password typed.
    bluesky: (prefix) => createBlueskyFake({ prefix, autoCreateAccounts: true }),
  };
  for (const [name, create] of Object.entries(fakes)) {
    const fake = create(`/fakes/${name}`);
    // Handed the raw request, not merged as routes: the fake's own middleware (call
    // recording, its auth checks) must never run for Gatehouse's requests.
    app.all(`/fakes/${name}/*`, async (c) => {
      const response = await fake.app.fetch(c.req.raw);
      // Tests read every call; a long-running demo keeps only the latest.
      if (fake.calls.length > KEPT_CALLS) fake.calls.splice(0, fake.calls.length - KEPT_CALLS);
      return response;
    });
  }
}

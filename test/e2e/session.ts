import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { launchBrowser } from "./browser.ts";
import { startServer, type RunningServer } from "./server.ts";

export interface Session {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** a fresh browser context and page for each test */
  readonly context: BrowserContext;
  readonly page: Page;
  /** a second, separate person at the same server (closed after the test) */
  newPerson(): Promise<Page>;
}

/** One real server and one browser per test file; a clean context per test. */
export function useBrowserSession(serverEnv: Record<string, string> = {}): Session {
  const state: { server?: RunningServer; browser?: Browser; context?: BrowserContext; page?: Page; extra: BrowserContext[] } = { extra: [] };
  beforeAll(async () => {
    state.server = await startServer(serverEnv);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
  });
  beforeEach(async () => {
    state.context = await state.browser!.newContext();
    state.page = await state.context.newPage();
  });
  afterEach(async () => {
    for (const c of state.extra.splice(0)) await c.close();
    await state.context?.close();
  });
  return {
    get server() {
      return state.server!;
    },
    get browser() {
      return state.browser!;
    },
    get context() {
      return state.context!;
    },
    get page() {
      return state.page!;
    },
    newPerson: async () => {
      const context = await state.browser!.newContext();
      state.extra.push(context);
      return context.newPage();
    },
  };
}

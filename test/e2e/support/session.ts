/**
 * One browser session per e2e file: the real server (fresh store, bundled
 * areas) and Chromium for the whole file, and a fresh browser context per
 * test (no history, focus or download state leaks between tests).
 * Call it inside the file's `describe`; read `page`, `base` and `errors`
 * in the tests (they change per test).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { browserTestMode, launchChromium } from './browser';
import { CSP_VIOLATION, VIEWPORT, watchErrors } from './explorer';
import { serverForTests, type RunningServer } from './server';

export interface ExplorerSession {
  /** The served app, e.g. http://127.0.0.1:PORT. */
  base: string;
  /** This test's page (its own context). */
  page: Page;
  /** Errors this test's page raised. */
  errors: string[];
}

export function explorerSession(): ExplorerSession {
  const mode = browserTestMode();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const session = { base: '', errors: [] } as unknown as ExplorerSession;

  beforeAll(async () => {
    if (mode.reason) throw new Error(mode.reason); // CI without Chromium: fail, loudly
    server = await serverForTests({ readyTimeoutMs: 120_000 });
    session.base = server.baseUrl;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  beforeEach(async () => {
    context = await browser!.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    session.page = await context.newPage();
    session.errors = watchErrors(session.page);
  });
  afterEach(async () => {
    await context?.close();
    // every journey runs under the server's Content Security Policy
    expect(session.errors.filter((e) => CSP_VIOLATION.test(e))).toEqual([]);
  });
  return session;
}

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
import { signIn } from '../../integration/helpers/auth';
import type { TestApp } from '../../integration/support/app';
import { startSeededApp } from '../../integration/support/seeded';

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

export interface EditorSession {
  /** The real HTTP app over a fresh seeded embedded store. */
  t: TestApp;
  browser: Browser;
  /** One page for the whole file (1440 × 900), signed in as an editor. */
  page: Page;
  /** Errors the page raised. */
  errors: string[];
  /** The editor's session (cookie and CSRF headers) for API calls beside the browser. */
  editor: Awaited<ReturnType<typeof signIn>>;
}

/**
 * One signed-in editor for a whole e2e file: the real server in-process
 * (`t.graphql` reads what the browser wrote), Chromium, and one page whose
 * context carries the editor's session cookies. Call it inside `describe`.
 */
export function editorSession(): EditorSession {
  const mode = browserTestMode();
  const session = { errors: [] } as unknown as EditorSession;
  beforeAll(async () => {
    if (mode.reason) throw new Error(mode.reason);
    session.t = await startSeededApp({ embedded: true });
    session.browser = await launchChromium();
    session.editor = await signIn(session.t, 'editor');
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies(
      session.editor.cookie.split('; ').map((pair) => {
        const [name, ...value] = pair.split('=');
        return { name: name!, value: value.join('='), url: session.t.url };
      }),
    );
    session.page = await context.newPage();
    session.errors = watchErrors(session.page);
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.t?.close();
  });
  return session;
}

import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Lang, signIn } from './app';
import { launchBrowser } from './browser';
import { screenshotDir } from './paths';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server';
import { ensureWebBuild } from './web-build';

export interface Suite {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh browser profile with the language already chosen, as a returning user would have it. */
  context(options: { lang: Lang; width?: number; height?: number }): Promise<BrowserContext>;
  /** A page in a new profile, signed in as the first administrator. */
  adminPage(options: { lang: Lang; width?: number; height?: number }): Promise<Page>;
}

/** One built web app, one real server with a fresh database, and one Chromium for the test file. */
export function useSuite(): Suite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureWebBuild();
    mkdirSync(screenshotDir, { recursive: true });
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const suite: Suite = {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
    async context({ lang, width = 1280, height = 900 }) {
      const context = await browser!.newContext({ viewport: { width, height } });
      await context.addInitScript((l) => localStorage.setItem('homeward.language', l), lang);
      context.setDefaultTimeout(15_000);
      return context;
    },
    async adminPage(options) {
      const page = await (await suite.context(options)).newPage();
      await signIn(page, server!.url, ADMIN_EMAIL, ADMIN_PASSWORD);
      return page;
    },
  };
  return suite;
}

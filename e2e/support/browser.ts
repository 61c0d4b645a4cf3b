import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Without Chromium they are skipped on a developer machine (with the
 * reason printed) but fail in CI, where a silently skipped browser suite would hide broken screens.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const reason = `${CHROMIUM} is missing; install it with: apt-get install -y chromium`;
  if (process.env.CI) throw new Error(`Browser tests cannot run in CI: ${reason}`);
  console.warn(`[e2e] skipping browser tests: ${reason}`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

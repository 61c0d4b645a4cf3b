import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TWorker } from '../../src/shared/contracts/workers';
import { screenshotDir } from './paths';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server';

/** A signed-in API client for setting up a test's data without clicking through screens that other tests cover. */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<{ status: number; body: T }>;
  patch<T>(path: string, body: unknown): Promise<{ status: number; body: T }>;
}

export async function apiSession(
  baseUrl: string,
  email = ADMIN_EMAIL,
  password = ADMIN_PASSWORD,
): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`sign-in as ${email} failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async get<T>(p: string) {
      const res = await fetch(`${baseUrl}${p}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`GET ${p}: ${res.status}`);
      return (await res.json()) as T;
    },
    async patch<T>(p: string, body: unknown) {
      const res = await fetch(`${baseUrl}${p}`, {
        method: 'PATCH',
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    async post<T>(p: string, body: unknown) {
      const res = await fetch(`${baseUrl}${p}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
  };
}

export async function centreId(api: ApiSession, code: string): Promise<string> {
  const { items } = await api.get<{ items: { id: string; code: string }[] }>('/api/centres');
  return items.find((c) => c.code === code)!.id;
}

export async function createStaff(
  api: ApiSession,
  user: { email: string; name: string; password: string; role: string; centreIds: string[] },
): Promise<void> {
  const { status } = await api.post('/api/users', user);
  if (status !== 201) throw new Error(`creating ${user.email}: ${status}`);
}

/** Registers a worker through the API; the second of a likely pair must say it has seen the candidates. */
export async function registerWorker(api: ApiSession, worker: Record<string, unknown>): Promise<TWorker> {
  const { status, body } = await api.post<TWorker>('/api/workers', worker);
  if (status !== 201) throw new Error(`registering a worker: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** A full-page picture from the top, with nothing focused, so the fixed header is drawn where it belongs. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Picks one button of a Mantine SegmentedControl (sex, yes/no, how the birth is known) by its visible text. */
export async function choose(scope: Page | Locator, option: string): Promise<void> {
  await scope
    .locator('label', { hasText: new RegExp(`^${escapeRegExp(option)}$`) })
    .first()
    .click();
}

/** Picks an option whose text starts with `prefix` in a Select found by its label (options may add a second line). */
export async function pickStarting(page: Page, label: string, prefix: string, type?: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  if (type !== undefined) await box.fill(type);
  await page
    .getByRole('option', { name: new RegExp(`^${escapeRegExp(prefix)}`) })
    .first()
    .click();
}

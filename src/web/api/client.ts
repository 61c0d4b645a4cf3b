import { hc } from 'hono/client';
// Types only: the web bundle must never pull in server code.
import type { AppType } from '../../server/http/app';
import { ApiError, toApiError } from './api-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | null = null;
let unauthenticatedHandler: () => void = () => {};

/** The session's CSRF token, from the sign-in response or GET /api/auth/me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called once per request that fails with UNAUTHENTICATED, so the app can go back to sign-in. */
export function onUnauthenticated(handler: () => void): void {
  unauthenticatedHandler = handler;
}

async function refreshCsrfToken(): Promise<boolean> {
  const res = await fetch('/api/auth/me', { credentials: 'include' });
  if (!res.ok) return false;
  const me = (await res.json()) as { csrfToken?: string | null };
  csrfToken = me.csrfToken ?? null;
  return csrfToken !== null;
}

async function apiFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const send = () => {
    const headers = new Headers(init.headers);
    if (!SAFE_METHODS.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken);
    return fetch(input, { ...init, headers, credentials: 'include' });
  };
  const res = await send();
  // Another tab may have signed out and in again, which issues a new token: fetch it and try once more.
  if (res.status === 403 && !SAFE_METHODS.has(method)) {
    const body = (await res
      .clone()
      .json()
      .catch(() => null)) as { error?: { code?: string } } | null;
    if (body?.error?.code === 'CSRF_FAILED' && (await refreshCsrfToken())) return send();
  }
  return res;
}

export const api = hc<AppType>(window.location.origin, { fetch: apiFetch });

interface ResponseLike {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}
type SuccessBody<R> = R extends { ok: true; json(): Promise<infer J> } ? J : never;

/**
 * Awaits a typed client call and returns the success body, or throws an ApiError carrying the server's code and
 * details. Network failures become code NETWORK so the screen can say "check your connection".
 */
export async function unwrap<R extends ResponseLike>(call: Promise<R>): Promise<SuccessBody<R>> {
  let res: R;
  try {
    res = await call;
  } catch (error) {
    throw new ApiError(0, 'NETWORK', (error as Error)?.message ?? 'Network error');
  }
  if (res.ok) return (await res.json()) as SuccessBody<R>;
  const body = await res.json().catch(() => null);
  const error = toApiError(res.status, body);
  if (error.code === 'UNAUTHENTICATED') unauthenticatedHandler();
  throw error;
}

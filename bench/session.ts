/** Signs in as a member of staff would, over any fetch-like transport: the in-process app or real HTTP. */

export type Fetcher = (path: string, init: RequestInit) => Promise<Response>;

export interface Session {
  cookie: string;
  csrfToken: string;
  /** Headers every request of this session sends: the cookie, and the CSRF token that changes need. */
  headers: Record<string, string>;
}

export async function signIn(fetcher: Fetcher, email: string, password: string): Promise<Session> {
  const res = await fetcher('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed with ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    csrfToken,
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
  };
}

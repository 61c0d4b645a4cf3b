import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TMe } from '../../shared/contracts/auth';
import { ApiError } from '../api/api-error';
import { api, setCsrfToken, unwrap } from '../api/client';

export const meKey = ['me'] as const;

/** The signed-in user, or null when there is no session (a 401 here is not an error, it means "sign in"). */
async function fetchMe(): Promise<TMe | null> {
  let res: Awaited<ReturnType<typeof api.api.auth.me.$get>>;
  try {
    res = await api.api.auth.me.$get();
  } catch (error) {
    throw new ApiError(0, 'NETWORK', (error as Error)?.message ?? 'Network error');
  }
  if (res.status === 401) {
    setCsrfToken(null);
    return null;
  }
  const me = await unwrap(Promise.resolve(res));
  setCsrfToken(me.csrfToken);
  return me;
}

export const meQuery = queryOptions({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false });

/** For components below the signed-in layout, which has already made sure there is a user. */
export function useMe(): TMe {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useMe used outside the signed-in layout');
  return data;
}

export async function signIn(email: string, password: string): Promise<TMe> {
  const me = await unwrap(api.api.auth.login.$post({ json: { email, password } }));
  setCsrfToken(me.csrfToken);
  return me;
}

/**
 * Marks the user as signed out (the signed-in layout reacts by going to the sign-in page) and drops every other
 * cached answer, so the next person at this computer cannot see the last one's data.
 */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.setQueryData(meKey, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return async () => {
    try {
      await unwrap(api.api.auth.logout.$post());
    } catch {
      // Signing out must always leave the user on the sign-in page, even if the session had already ended.
    }
    setCsrfToken(null);
    forgetSession(queryClient);
  };
}

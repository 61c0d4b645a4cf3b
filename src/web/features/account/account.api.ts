import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const sessionsKey = ['account', 'sessions'] as const;
export const tokensKey = ['account', 'tokens'] as const;

export const useSessions = () =>
  useQuery({
    queryKey: sessionsKey,
    queryFn: async () => (await unwrap(api.api.auth.sessions.$get())).items,
  });

export const revokeSession = (id: string) => unwrap(api.api.auth.sessions[':id'].$delete({ param: { id } }));

export const useApiTokens = () =>
  useQuery({ queryKey: tokensKey, queryFn: async () => (await unwrap(api.api.auth.tokens.$get())).items });

export const createApiToken = (name: string, expiresInDays?: number) =>
  unwrap(api.api.auth.tokens.$post({ json: { name, ...(expiresInDays ? { expiresInDays } : {}) } }));

export const revokeApiToken = (id: string) => unwrap(api.api.auth.tokens[':id'].$delete({ param: { id } }));

export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  unwrap(api.api.auth.password.$post({ json: { currentPassword, newPassword } }));

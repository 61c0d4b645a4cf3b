import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TCreateUserRequest, TUpdateUserRequest, TUser } from '../../../shared/contracts/users';
import { api, unwrap } from '../../api/client';

export const usersKey = ['users'] as const;

export function useUsers(filter: { q: string; includeDisabled: boolean }) {
  return useQuery({
    queryKey: [...usersKey, filter],
    queryFn: async (): Promise<TUser[]> => {
      const query = {
        ...(filter.q.trim() ? { q: filter.q.trim() } : {}),
        ...(filter.includeDisabled ? { includeDisabled: 'true' as const } : {}),
      };
      return (await unwrap(api.api.users.$get({ query }))).items;
    },
    placeholderData: keepPreviousData,
  });
}

export const createUser = (json: TCreateUserRequest) => unwrap(api.api.users.$post({ json }));

export const updateUser = (id: string, json: TUpdateUserRequest) =>
  unwrap(api.api.users[':id'].$patch({ param: { id }, json }));

export const fetchUser = (id: string) => unwrap(api.api.users[':id'].$get({ param: { id } }));

export const resetUserPassword = (id: string, password: string) =>
  unwrap(api.api.users[':id'].password.$post({ param: { id }, json: { password } }));

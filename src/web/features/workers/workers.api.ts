import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TCreateWorkerRequest,
  TUpdateWorkerRequest,
  TWorker,
  ZWorkerSearch,
} from '../../../shared/contracts/workers';
import { api, unwrap } from '../../api/client';

export const workersKey = ['workers'] as const;
export const workerKey = (id: string) => [...workersKey, 'one', id] as const;
export const timelineKey = (id: string) => [...workersKey, 'timeline', id] as const;

export type WorkerSearchInput = z.input<typeof ZWorkerSearch>;

/**
 * Searches with the query in the request body, never in the URL: names and phones in URLs end up in proxy logs
 * and browser history.
 */
export function useWorkerSearch(search: WorkerSearchInput) {
  return useQuery({
    queryKey: [...workersKey, 'search', search],
    queryFn: () => unwrap(api.api.workers.search.$post({ json: search })),
    placeholderData: keepPreviousData,
  });
}

export function useWorker(id: string | null | undefined) {
  return useQuery({
    queryKey: workerKey(id ?? ''),
    queryFn: () => unwrap(api.api.workers[':id'].$get({ param: { id: id! } })),
    enabled: !!id,
  });
}

export function useWorkerTimeline(id: string) {
  return useQuery({
    queryKey: timelineKey(id),
    queryFn: async () => (await unwrap(api.api.workers[':id'].timeline.$get({ param: { id } }))).items,
  });
}

export const createWorker = (json: TCreateWorkerRequest) => unwrap(api.api.workers.$post({ json }));

export const updateWorker = (id: string, json: TUpdateWorkerRequest) =>
  unwrap(api.api.workers[':id'].$patch({ param: { id }, json }));

/** After a save, merge or undo: the profile, its timeline and every list that may show the person. */
export function refreshWorkers(queryClient: QueryClient, saved?: TWorker): Promise<void> {
  if (saved) queryClient.setQueryData(workerKey(saved.id), saved);
  return queryClient.invalidateQueries({ queryKey: workersKey });
}

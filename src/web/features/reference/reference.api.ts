import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ImportKind, TImportJob } from '../../../shared/contracts/reference';
import { api, unwrap } from '../../api/client';

export const importsKey = ['reference', 'imports'] as const;

export function usePlaceSearch(q: string, level: number | null) {
  return useQuery({
    queryKey: ['reference', 'places', 'search', q, level],
    queryFn: async () => {
      const query = { q, limit: '50', ...(level ? { level: String(level) } : {}) };
      return (await unwrap(api.api.reference.places.$get({ query }))).items;
    },
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** The provinces at the root, or one place with its children. */
export function usePlaceChildren(code: string | null) {
  return useQuery({
    queryKey: ['reference', 'places', 'browse', code],
    queryFn: async () => {
      if (!code)
        return { place: null, children: (await unwrap(api.api.reference.places.$get({ query: {} }))).items };
      return unwrap(api.api.reference.places[':code'].$get({ param: { code } }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useOccupations(q: string, scope: 'curated' | 'all') {
  return useQuery({
    queryKey: ['reference', 'occupations', q, scope],
    queryFn: async () => {
      const query = { scope, limit: '200', ...(q ? { q } : {}) };
      return (await unwrap(api.api.reference.occupations.$get({ query }))).items;
    },
    placeholderData: keepPreviousData,
  });
}

export const useSectors = () =>
  useQuery({
    queryKey: ['reference', 'sectors'],
    queryFn: async () => (await unwrap(api.api.reference.sectors.$get())).items,
    staleTime: 10 * 60_000,
  });

export const useImportJobs = () =>
  useQuery({
    queryKey: importsKey,
    queryFn: async () => (await unwrap(api.api.reference.imports.$get())).items,
  });

export const isFinished = (job: TImportJob) => job.status === 'succeeded' || job.status === 'failed';

/** Polls a job every second until it has finished. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: [...importsKey, id],
    queryFn: () => unwrap(api.api.reference.imports[':id'].$get({ param: { id: id! } })),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : 1000),
  });
}

export const startImport = (kind: ImportKind, file: File) =>
  unwrap(api.api.reference.imports.$post({ form: { kind, file } }));

/** One place with its path, for showing a stored NCDD code as a name; codes do not change, so cache long. */
export function usePlace(code: string | null | undefined) {
  return useQuery({
    queryKey: ['reference', 'place', code],
    queryFn: async () =>
      (await unwrap(api.api.reference.places[':code'].$get({ param: { code: code! } }))).place,
    enabled: !!code,
    staleTime: 30 * 60_000,
    retry: false,
  });
}

/** An ISCO-08 code's occupation (a curated label when there is one), for showing stored codes. */
export function useOccupationByCode(code: string | null | undefined) {
  return useQuery({
    queryKey: ['reference', 'occupation', code],
    queryFn: async () => {
      const items = (
        await unwrap(api.api.reference.occupations.$get({ query: { q: code!, scope: 'all', limit: '20' } }))
      ).items;
      return items.find((o) => o.iscoCode === code) ?? null;
    },
    enabled: !!code,
    staleTime: 30 * 60_000,
  });
}

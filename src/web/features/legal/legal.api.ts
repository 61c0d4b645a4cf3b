import { type QueryClient, useQuery } from '@tanstack/react-query';
import {
  LEGAL_DETAIL_ROLES,
  type TCreateLegalCaseRequest,
  type TLegalCase,
  type TUpdateLegalCaseRequest,
} from '../../../shared/contracts/legal';
import { api, unwrap } from '../../api/client';

export const legalKey = ['legal-cases'] as const;
export const legalCaseKey = (id: string) => [...legalKey, 'one', id] as const;
export const workerLegalKey = (workerId: string) => [...legalKey, 'worker', workerId] as const;

/** Each fetch of a legal case is written to the audit trail, so the page does not refetch on focus. */
export function useLegalCase(id: string) {
  return useQuery({
    queryKey: legalCaseKey(id),
    queryFn: () => unwrap(api.api['legal-cases'][':id'].$get({ param: { id } })),
    refetchOnWindowFocus: false,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useWorkerLegalCases(workerId: string) {
  return useQuery({
    queryKey: workerLegalKey(workerId),
    queryFn: async () =>
      (await unwrap(api.api.workers[':id']['legal-cases'].$get({ param: { id: workerId } }))).items,
    refetchOnWindowFocus: false,
  });
}

export function useLegalCaseList(handler: 'me' | 'any') {
  return useQuery({
    queryKey: [...legalKey, 'list', handler],
    queryFn: async () => (await unwrap(api.api['legal-cases'].$get({ query: { handler } }))).items,
    refetchOnWindowFocus: false,
  });
}

export const createLegalCase = (json: TCreateLegalCaseRequest) =>
  unwrap(api.api['legal-cases'].$post({ json }));

export const updateLegalCase = (id: string, json: TUpdateLegalCaseRequest) =>
  unwrap(api.api['legal-cases'][':id'].$patch({ param: { id }, json }));

/** After a save: the case itself without another fetch, and the lists and timeline that show it. */
export async function refreshLegal(qc: QueryClient, saved: TLegalCase): Promise<void> {
  qc.setQueryData(legalCaseKey(saved.id), saved);
  await qc.invalidateQueries({ queryKey: workerLegalKey(saved.workerId) });
  await qc.invalidateQueries({ queryKey: [...legalKey, 'list'] });
  await qc.invalidateQueries({ queryKey: ['workers', 'timeline', saved.workerId] });
}

/** Who may handle a legal case of this centre: its legal officers and managers, and administrators. */
export function useLegalHandlers(centreId: string) {
  return useQuery({
    queryKey: ['case-staff'],
    queryFn: async () => (await unwrap(api.api['case-staff'].$get())).items,
    staleTime: 5 * 60_000,
    select: (staff) =>
      staff.filter(
        (s) =>
          (LEGAL_DETAIL_ROLES as readonly string[]).includes(s.role) &&
          (s.role === 'admin' || s.centreIds.includes(centreId)),
      ),
  });
}

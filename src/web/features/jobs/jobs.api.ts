import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TEmployerContactInput,
  ZCreateEmployer,
  ZUpdateEmployer,
} from '../../../shared/contracts/employers';
import type { MinimumWageInput, SettingKey } from '../../../shared/contracts/job-settings';
import type { TRecordFollowUp, TUpdatePlacement } from '../../../shared/contracts/placements';
import type {
  TChangeReferral,
  TReferralContactInput,
  TReferralSearch,
} from '../../../shared/contracts/referrals';
import type { ZCreateVacancy, ZUpdateVacancy } from '../../../shared/contracts/vacancies';
import { api, unwrap } from '../../api/client';

export const jobsKey = ['jobs'] as const;
const key = (...parts: unknown[]) => [...jobsKey, ...parts] as const;

/** Query strings: only the filters that are set, as text. */
const query = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== undefined && v !== '' && v !== null)
      .map(([k, v]) => [k, String(v)]),
  );

export interface EmployerFilters {
  q?: string;
  sector?: string;
  province?: string;
  offset?: number;
}
export const useEmployers = (f: EmployerFilters) =>
  useQuery({
    queryKey: key('employers', f),
    queryFn: () => unwrap(api.api.employers.$get({ query: query({ ...f, limit: 50 }) })),
    placeholderData: keepPreviousData,
  });
export const useEmployer = (id: string) =>
  useQuery({
    queryKey: key('employer', id),
    queryFn: () => unwrap(api.api.employers[':id'].$get({ param: { id } })),
  });
export const useEmployerContacts = (id: string) =>
  useQuery({
    queryKey: key('employer', id, 'contacts'),
    queryFn: async () => (await unwrap(api.api.employers[':id'].contacts.$get({ param: { id } }))).items,
  });
export const createEmployer = (json: z.input<typeof ZCreateEmployer>) =>
  unwrap(api.api.employers.$post({ json }));
export const updateEmployer = (id: string, json: z.input<typeof ZUpdateEmployer>) =>
  unwrap(api.api.employers[':id'].$patch({ param: { id }, json }));
export const addEmployerContact = (id: string, json: TEmployerContactInput) =>
  unwrap(api.api.employers[':id'].contacts.$post({ param: { id }, json }));

export interface VacancyFilters {
  status?: string;
  sector?: string;
  province?: string;
  occupation?: string;
  employerId?: string;
  text?: string;
  offset?: number;
}
export const useVacancies = (f: VacancyFilters) =>
  useQuery({
    queryKey: key('vacancies', f),
    queryFn: () => unwrap(api.api.vacancies.$get({ query: query({ ...f, limit: 50 }) })),
    placeholderData: keepPreviousData,
  });
export const useVacancy = (id: string) =>
  useQuery({
    queryKey: key('vacancy', id),
    queryFn: () => unwrap(api.api.vacancies[':id'].$get({ param: { id } })),
  });
export const createVacancy = (json: z.input<typeof ZCreateVacancy>) =>
  unwrap(api.api.vacancies.$post({ json }));
export const updateVacancy = (id: string, json: z.input<typeof ZUpdateVacancy>) =>
  unwrap(api.api.vacancies[':id'].$patch({ param: { id }, json }));

export const useReferrals = (f: Partial<Pick<TReferralSearch, 'vacancyId' | 'workerId' | 'status'>>) =>
  useQuery({
    queryKey: key('referrals', f),
    queryFn: async () => (await unwrap(api.api.referrals.$get({ query: query(f) }))).items,
  });
export const useReferral = (id: string | null) =>
  useQuery({
    queryKey: key('referral', id),
    queryFn: () => unwrap(api.api.referrals[':id'].$get({ param: { id: id! } })),
    enabled: !!id,
  });
export const createReferral = (workerId: string, vacancyId: string) =>
  unwrap(api.api.referrals.$post({ json: { workerId, vacancyId } }));
export const changeReferral = (id: string, json: TChangeReferral) =>
  unwrap(api.api.referrals[':id'].$patch({ param: { id }, json }));
export const addReferralContact = (id: string, json: TReferralContactInput) =>
  unwrap(api.api.referrals[':id'].contacts.$post({ param: { id }, json }));

export const usePlacements = (workerId?: string) =>
  useQuery({
    queryKey: key('placements', workerId ?? 'all'),
    queryFn: async () => (await unwrap(api.api.placements.$get({ query: query({ workerId }) }))).items,
  });
export const usePlacement = (id: string) =>
  useQuery({
    queryKey: key('placement', id),
    queryFn: () => unwrap(api.api.placements[':id'].$get({ param: { id } })),
  });
export const updatePlacement = (id: string, json: TUpdatePlacement) =>
  unwrap(api.api.placements[':id'].$patch({ param: { id }, json }));
export const recordFollowUp = (id: string, stage: string, json: TRecordFollowUp) =>
  unwrap(
    api.api.placements[':id']['follow-ups'][':stage'].$put({
      param: { id, stage: stage as 'placement' },
      json,
    }),
  );
export const useDueFollowUps = (due: string, mine: boolean) =>
  useQuery({
    queryKey: key('follow-ups', due, mine),
    queryFn: () =>
      unwrap(
        api.api.placements['follow-ups'].$get({ query: query({ due, mine: mine ? 'true' : undefined }) }),
      ),
  });

export const useJobSettings = () =>
  useQuery({ queryKey: key('settings'), queryFn: () => unwrap(api.api['job-settings'].$get()) });
export const saveSetting = (k: SettingKey, version: number, value: unknown) =>
  unwrap(api.api['job-settings'][':key'].$put({ param: { key: k }, json: { version, value } }));
export const addMinimumWage = (json: MinimumWageInput) =>
  unwrap(api.api['job-settings']['minimum-wages'].$post({ json }));
/** 204 has no body to read: only a failure is unwrapped. */
export async function deleteMinimumWage(id: string): Promise<void> {
  const res = await api.api['job-settings']['minimum-wages'][':id'].$delete({ param: { id } });
  if (!res.ok)
    await unwrap(res as unknown as Promise<{ ok: false; status: number; json(): Promise<unknown> }>);
}

/** After any jobs change: every jobs query, and the worker's timeline. */
export const refreshJobs = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: jobsKey }),
    queryClient.invalidateQueries({ queryKey: ['workers'] }),
  ]);

import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZCreateActionRequest,
  ZCreateCasePlanRequest,
  ZCreateContactRequest,
  ZTransferRequest,
  ZUpdateActionRequest,
  ZUpdateCasePlanRequest,
  ZUpdateContactRequest,
  ZUpdateReviewRequest,
} from '../../../shared/contracts/cases';
import type {
  ZCreatePartnerRequest,
  ZCreateReferralRequest,
  ZUpdatePartnerRequest,
  ZUpdateReferralRequest,
} from '../../../shared/contracts/partners';
import { api, unwrap } from '../../api/client';
import { workersKey } from '../workers/workers.api';

export const casesKey = ['cases'] as const;
const key = (...parts: string[]) => [...casesKey, ...parts] as const;

export const useContacts = (workerId: string) =>
  useQuery({
    queryKey: key('contacts', workerId),
    queryFn: async () =>
      (await unwrap(api.api.workers[':id'].contacts.$get({ param: { id: workerId } }))).items,
  });

export const useWorkerPlans = (workerId: string) =>
  useQuery({
    queryKey: key('plans', workerId),
    queryFn: async () =>
      (await unwrap(api.api.workers[':id']['case-plans'].$get({ param: { id: workerId } }))).items,
  });

export const useReferrals = (workerId: string) =>
  useQuery({
    queryKey: key('referrals', workerId),
    queryFn: async () =>
      (await unwrap(api.api.workers[':id'].referrals.$get({ param: { id: workerId } }))).items,
  });

export const usePartners = (includeInactive = false) =>
  useQuery({
    queryKey: key('partners', String(includeInactive)),
    queryFn: async () =>
      (
        await unwrap(
          api.api.partners.$get({ query: { includeInactive: includeInactive ? 'true' : 'false' } }),
        )
      ).items,
    staleTime: 5 * 60_000,
  });

export const useCaseStaff = () =>
  useQuery({
    queryKey: key('staff'),
    queryFn: async () => (await unwrap(api.api['case-staff'].$get())).items,
    staleTime: 5 * 60_000,
  });

export const useMyCases = () =>
  useQuery({
    queryKey: key('mine'),
    queryFn: async () => (await unwrap(api.api['case-plans'].mine.$get())).items,
  });

export const useCaseloads = (centreId: string | null) =>
  useQuery({
    queryKey: key('caseloads', centreId ?? 'all'),
    queryFn: async () =>
      (await unwrap(api.api['case-plans'].caseloads.$get({ query: centreId ? { centreId } : {} })))
        .counsellors,
  });

export const useIncomingTransfers = () =>
  useQuery({
    queryKey: key('transfers'),
    queryFn: async () => (await unwrap(api.api['case-plans'].transfers.$get())).items,
  });

export const useFollowUps = () =>
  useQuery({
    queryKey: key('follow-ups'),
    queryFn: () => unwrap(api.api.me['follow-ups'].$get({ query: {} })),
  });

export type CreateContactInput = z.input<typeof ZCreateContactRequest>;
export type UpdateContactInput = z.input<typeof ZUpdateContactRequest>;
export type CreatePlanInput = z.input<typeof ZCreateCasePlanRequest>;
export type UpdatePlanInput = z.input<typeof ZUpdateCasePlanRequest>;
export type CreateActionInput = z.input<typeof ZCreateActionRequest>;
export type UpdateActionInput = z.input<typeof ZUpdateActionRequest>;
export type UpdateReviewInput = z.input<typeof ZUpdateReviewRequest>;
export type TransferInput = z.input<typeof ZTransferRequest>;
export type CreateReferralInput = z.input<typeof ZCreateReferralRequest>;
export type UpdateReferralInput = z.input<typeof ZUpdateReferralRequest>;
export type CreatePartnerInput = z.input<typeof ZCreatePartnerRequest>;
export type UpdatePartnerInput = z.input<typeof ZUpdatePartnerRequest>;

const byId = (id: string) => ({ param: { id } });

export const createContact = (workerId: string, json: CreateContactInput) =>
  unwrap(api.api.workers[':id'].contacts.$post({ ...byId(workerId), json }));
export const updateContact = (id: string, json: UpdateContactInput) =>
  unwrap(api.api.contacts[':id'].$patch({ ...byId(id), json }));
export const createPlan = (workerId: string, json: CreatePlanInput) =>
  unwrap(api.api.workers[':id']['case-plans'].$post({ ...byId(workerId), json }));
export const updatePlan = (id: string, json: UpdatePlanInput) =>
  unwrap(api.api['case-plans'][':id'].$patch({ ...byId(id), json }));
export const addAction = (planId: string, json: CreateActionInput) =>
  unwrap(api.api['case-plans'][':id'].actions.$post({ ...byId(planId), json }));
export const updateAction = (id: string, json: UpdateActionInput) =>
  unwrap(api.api['case-actions'][':id'].$patch({ ...byId(id), json }));
export const addReview = (planId: string, dueOn: string) =>
  unwrap(api.api['case-plans'][':id'].reviews.$post({ ...byId(planId), json: { dueOn } }));
export const updateReview = (id: string, json: UpdateReviewInput) =>
  unwrap(api.api['case-reviews'][':id'].$patch({ ...byId(id), json }));
export const requestTransfer = (planId: string, json: TransferInput) =>
  unwrap(api.api['case-plans'][':id'].transfer.$post({ ...byId(planId), json }));
export const acceptTransfer = (id: string, note: string | null) =>
  unwrap(api.api['case-transfers'][':id'].accept.$post({ ...byId(id), json: { note } }));
export const declineTransfer = (id: string, note: string | null) =>
  unwrap(api.api['case-transfers'][':id'].decline.$post({ ...byId(id), json: { note } }));
export const cancelTransfer = (id: string) => unwrap(api.api['case-transfers'][':id'].cancel.$post(byId(id)));
export const createReferral = (workerId: string, json: CreateReferralInput) =>
  unwrap(api.api.workers[':id'].referrals.$post({ ...byId(workerId), json }));
export const updateReferral = (id: string, json: UpdateReferralInput) =>
  unwrap(api.api.referrals[':id'].$patch({ ...byId(id), json }));
export const createPartner = (json: CreatePartnerInput) => unwrap(api.api.partners.$post({ json }));
export const updatePartner = (id: string, json: UpdatePartnerInput) =>
  unwrap(api.api.partners[':id'].$patch({ ...byId(id), json }));

/** After any case change: every case list, and the person's timeline (under the workers key). */
export const refreshCases = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: casesKey }),
    queryClient.invalidateQueries({ queryKey: workersKey }),
  ]);

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZDuplicateCandidate,
  ZDuplicateCheckRequest,
  ZPairDetail,
  ZReviewPair,
} from '../../../shared/contracts/dedup';
import { api, unwrap } from '../../api/client';
import type { PairStatus } from './pair-statuses';

export const dedupKey = ['dedup'] as const;

export type TDuplicateCandidate = z.infer<typeof ZDuplicateCandidate>;
export type TDuplicateReason = TDuplicateCandidate['reasons'][number];
export type TDuplicateCheck = z.input<typeof ZDuplicateCheckRequest>;
export type TPairDetail = z.infer<typeof ZPairDetail>;
export type TReviewPair = z.infer<typeof ZReviewPair>;
export { PAIR_STATUSES, type PairStatus } from './pair-statuses';

/** Existing records that look like what the intake form holds so far; off while there is nothing to compare. */
export function useDuplicateCheck(check: TDuplicateCheck | null) {
  return useQuery({
    queryKey: [...dedupKey, 'check', check],
    queryFn: async () => (await unwrap(api.api.dedup.check.$post({ json: check! }))).candidates,
    enabled: check !== null,
    placeholderData: keepPreviousData,
    // A record registered a minute ago by a colleague must show up: never serve an old answer.
    staleTime: 0,
  });
}

export const REVIEW_PAGE_SIZE = 25;

export function useReviewQueue(status: PairStatus, page: number) {
  return useQuery({
    queryKey: [...dedupKey, 'review', status, page],
    queryFn: () =>
      unwrap(
        api.api.dedup.review.$get({
          query: {
            status,
            limit: String(REVIEW_PAGE_SIZE),
            offset: String((page - 1) * REVIEW_PAGE_SIZE),
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export const pairKey = (a: string, b: string) => [...dedupKey, 'pair', ...[a, b].sort()] as const;

export function usePair(a: string, b: string, enabled = true) {
  return useQuery({
    queryKey: pairKey(a, b),
    queryFn: () => unwrap(api.api.dedup.pairs[':a'][':b'].$get({ param: { a, b } })),
    enabled,
  });
}

export const decidePair = (a: string, b: string, decision: 'same' | 'distinct', survivorId?: string) =>
  unwrap(
    api.api.dedup.pairs[':a'][':b'].decision.$post({
      param: { a, b },
      json: survivorId ? { decision, survivorId } : { decision },
    }),
  );

export const undoMerge = (mergeId: string) =>
  unwrap(api.api.dedup.merges[':id'].undo.$post({ param: { id: mergeId } }));

import { useInfiniteQuery } from '@tanstack/react-query';
import type { AUDIT_ACTION_VALUES } from '../../../shared/contracts/audit';
import { api, unwrap } from '../../api/client';

export type AuditAction = (typeof AUDIT_ACTION_VALUES)[number];

export interface AuditFilter {
  entity: string;
  action: AuditAction | '';
  actorId: string;
  from: string;
  to: string;
}

export const AUDIT_PAGE_SIZE = 50;

export function useAuditTrail(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => {
      const query = {
        limit: String(AUDIT_PAGE_SIZE),
        ...(filter.entity.trim() ? { entity: filter.entity.trim() } : {}),
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.actorId ? { actorId: filter.actorId } : {}),
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      };
      return unwrap(api.api.audit.$get({ query }));
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

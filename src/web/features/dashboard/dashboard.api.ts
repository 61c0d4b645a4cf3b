import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export interface HeadlineFilter {
  from: string;
  to: string;
  centreId: string | null;
}

/** The headline figures; the previous answer stays on screen while a new period loads. */
export const useHeadline = ({ from, to, centreId }: HeadlineFilter) =>
  useQuery({
    queryKey: ['dashboard', 'headline', from, to, centreId ?? 'all'] as const,
    queryFn: async () =>
      unwrap(api.api.dashboard.headline.$get({ query: { from, to, ...(centreId ? { centreId } : {}) } })),
    enabled: from !== '' && to !== '' && from <= to,
    placeholderData: keepPreviousData,
  });

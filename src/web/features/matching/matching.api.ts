import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { jobsKey } from '../jobs/jobs.api';

// Under the jobs key: a referral or a hire refreshes the matches and candidates with everything else.
export const useWorkerMatches = (workerId: string, limit = 20) =>
  useQuery({
    queryKey: [...jobsKey, 'matches', workerId, limit],
    queryFn: () =>
      unwrap(
        api.api.workers[':id'].matches.$get({ param: { id: workerId }, query: { limit: String(limit) } }),
      ),
  });

export const useVacancyCandidates = (vacancyId: string, limit = 20) =>
  useQuery({
    queryKey: [...jobsKey, 'candidates', vacancyId, limit],
    queryFn: () =>
      unwrap(
        api.api.vacancies[':id'].candidates.$get({
          param: { id: vacancyId },
          query: { limit: String(limit) },
        }),
      ),
  });

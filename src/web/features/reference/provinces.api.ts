import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const useProvinces = () =>
  useQuery({
    queryKey: ['reference', 'provinces'],
    queryFn: async () => (await unwrap(api.api.reference.provinces.$get())).items,
    staleTime: 30 * 60_000,
  });

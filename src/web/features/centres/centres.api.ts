import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TCentre, ZCreateCentreRequest, ZUpdateCentreRequest } from '../../../shared/contracts/centres';
import { api, unwrap } from '../../api/client';

export const centresKey = ['centres'] as const;

export const centresQuery = queryOptions({
  queryKey: centresKey,
  queryFn: async (): Promise<TCentre[]> => (await unwrap(api.api.centres.$get())).items,
  staleTime: 5 * 60_000,
});

export const useCentres = () => useQuery(centresQuery);

export type CreateCentreInput = z.input<typeof ZCreateCentreRequest>;
export type UpdateCentreInput = z.input<typeof ZUpdateCentreRequest>;

export const createCentre = (json: CreateCentreInput) => unwrap(api.api.centres.$post({ json }));

export const updateCentre = (id: string, json: UpdateCentreInput) =>
  unwrap(api.api.centres[':id'].$patch({ param: { id }, json }));

import type { QueryClient } from '@tanstack/react-query';
import type { WorkerFormValues } from '../form/worker-form';

export interface IntakeDraft {
  values: WorkerFormValues;
  step: number;
}

/**
 * The intake being typed, kept in the query cache rather than in the browser's storage: opening a possible
 * duplicate's profile and coming back finds the form as it was, and signing out (which clears the cache) leaves
 * no personal details behind for the next person at the computer.
 */
export const intakeDraftKey = ['intake', 'draft'] as const;

export function readIntakeDraft(queryClient: QueryClient): IntakeDraft | undefined {
  return queryClient.getQueryData<IntakeDraft>(intakeDraftKey);
}

export function saveIntakeDraft(queryClient: QueryClient, draft: IntakeDraft): void {
  // Nothing observes this entry, so without an endless gcTime the cache would drop it after five minutes.
  queryClient.setQueryDefaults(intakeDraftKey, { gcTime: Number.POSITIVE_INFINITY });
  queryClient.setQueryData(intakeDraftKey, draft);
}

export function clearIntakeDraft(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: intakeDraftKey, exact: true });
}

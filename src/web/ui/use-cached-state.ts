import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * State that outlives the screen (a search to come back to after opening a result) but not the session: it sits
 * in the query cache, which signing out empties, rather than in the URL or the browser's storage, where names
 * typed into a search would linger.
 */
export function useCachedState<T>(key: readonly unknown[], initial: T): [T, (next: T) => void] {
  const queryClient = useQueryClient();
  const [value, setValue] = useState<T>(() => queryClient.getQueryData<T>(key) ?? initial);
  const set = (next: T) => {
    queryClient.setQueryDefaults(key, { gcTime: Number.POSITIVE_INFINITY });
    queryClient.setQueryData(key, next);
    setValue(next);
  };
  return [value, set];
}

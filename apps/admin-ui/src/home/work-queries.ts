import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { components } from '../api/schema';

export type MyWorkView = components['schemas']['MyWorkView'];
export type WorkItemView = components['schemas']['WorkItemView'];

/** What waits for the signed-in user (issue #18); asked again every minute while the page is open. */
export function useMyWork() {
  return useQuery({
    queryKey: ['me', 'work'],
    queryFn: () => unwrap(api.GET('/api/v1/me/work')),
    refetchInterval: 60_000,
  });
}

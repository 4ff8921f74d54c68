import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { allPages } from '../../common/all-pages';

/** Until finance has answered, an approved application's status changes by itself: ask again. */
const FOLLOW_MS = 3000;

/**
 * Every application of a programme (R13), all its pages, for the review queue: ranked across
 * the whole programme and paged on screen, none left out. While some are on their way through
 * finance (approved, committed), asked again every few seconds.
 */
export function useQueueApplications(programmeId: string) {
  return useQuery({
    queryKey: ['lottery', 'applications', programmeId, 'all'],
    queryFn: () =>
      allPages((paging) =>
        unwrap(
          api.GET('/api/v1/lottery/applications', {
            params: { query: { ...paging, programmeId } },
          }),
        ),
      ),
    enabled: programmeId !== '',
    refetchInterval: (query) =>
      query.state.data?.items.some((a) => a.status === 'APPROVED' || a.status === 'COMMITTED')
        ? FOLLOW_MS
        : false,
  });
}

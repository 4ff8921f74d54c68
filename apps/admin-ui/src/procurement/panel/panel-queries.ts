import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Paging } from '../../common/paging';
import { pageQuery } from '../../common/use-paging';
import type { BidScores } from './panel-types';

/**
 * A project's evaluation panel (R18): its members with their progress, every recusal with its
 * clause, the draw's seed; 404 PANEL_NOT_DRAWN until it is drawn.
 */
export function usePanel(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['procurement', 'p', projectId, 'panel'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/procurement/projects/{id}/panel', {
          params: { path: { id: projectId } },
        }),
      ),
    enabled,
    retry: false,
  });
}

/** A page of the bids the signed-in panel member scores, with their own sheets (R25, R18). */
export function usePanelTasks(paging: Paging) {
  return useQuery({
    ...pageQuery(['procurement', 'panel-tasks', paging], () =>
      unwrap(api.GET('/api/v1/procurement/panel/tasks', { params: { query: paging } })),
    ),
    retry: false,
  });
}

/** Sends a member's scores of one bid, once, on the PANEL criteria announced (R25). */
export function useScoreBid(bidId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scores: BidScores) =>
      unwrap(
        api.POST('/api/v1/procurement/bids/{id}/scores', {
          params: { path: { id: bidId } },
          body: { scores },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['procurement', 'panel-tasks'] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';
import type { CreateReviewerDto, ReviewTaskView, Scores, UpdateReviewerDto } from './types';

/** A page of the reviewer pool, by name (R18). */
export function useReviewers(paging: Paging) {
  return useQuery(
    pageQuery(['venture', 'reviewers', paging], () =>
      unwrap(api.GET('/api/v1/venture/reviewers', { params: { query: paging } })),
    ),
  );
}

/** Replaces a reviewer's entry: relations as now declared, and whether still drawn (R18). */
export function useUpdateReviewer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateReviewerDto) =>
      unwrap(api.PUT('/api/v1/venture/reviewers/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venture', 'reviewers'] }),
  });
}

export function useCreateReviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReviewerDto) =>
      unwrap(api.POST('/api/v1/venture/reviewers', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venture', 'reviewers'] }),
  });
}

/** A page of the signed-in reviewer's assigned proposals, by title, blind to who proposes them (R18). */
export function useReviewTasks(paging: Paging) {
  return useQuery({
    ...pageQuery(['venture', 'reviews', paging], () =>
      unwrap(api.GET('/api/v1/venture/reviews', { params: { query: paging } })),
    ),
    retry: false,
  });
}

/** Scores every criterion of the call's rubric (R17); changes them until awards begin. */
export function useScore(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sheet: { scores: Scores; comment?: string }) =>
      unwrap(
        api.POST('/api/v1/venture/reviews/{proposalId}/scores', {
          params: { path: { proposalId } },
          body: sheet as { scores: Record<string, never>; comment?: string },
        }),
      ) as Promise<ReviewTaskView>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venture', 'reviews'] }),
  });
}

/** A task's scores, typed as what they are (see Scores). */
export const scoresOf = (task: ReviewTaskView): Scores | undefined =>
  task.scores as Scores | undefined;

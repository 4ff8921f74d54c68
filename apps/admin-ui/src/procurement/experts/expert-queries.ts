import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Paging } from '../../common/paging';
import { pageQuery } from '../../common/use-paging';
import type { CreateReviewerDto } from '../../venture/types';

/** A page of government purchase's expert pool (R18). */
export function useExperts(paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'experts', paging], () =>
      unwrap(api.GET('/api/v1/procurement/experts', { params: { query: paging } })),
    ),
  );
}

/**
 * Adds an expert with their fields and declared ties (R18); the API client gives the POST its
 * Idempotency-Key.
 */
export function useAddExpert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReviewerDto) =>
      unwrap(api.POST('/api/v1/procurement/experts', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['procurement', 'experts'] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';
import type { AwardView, MilestoneOutcome, OpenClawbackDto } from './types';

/** While finance has not answered, an award or a released tranche changes by itself. */
const FOLLOW_MS = 3000;

const moving = (awards: readonly AwardView[] | undefined) =>
  (awards ?? []).some(
    (a) => a.status === 'AWARDED' || a.tranches.some((t) => t.payment === 'REQUESTED'),
  );

/** A page of the awards with their tranches, by rank (R19): a call's, or an organization's own. */
export function useAwards(paging: Paging, callId?: string) {
  return useQuery({
    ...pageQuery(['venture', 'awards', callId ?? 'mine', paging], () =>
      unwrap(api.GET('/api/v1/venture/awards', { params: { query: { ...paging, callId } } })),
    ),
    refetchInterval: (query) => (moving(query.state.data?.items) ? FOLLOW_MS : false),
  });
}

function useAwardMutation<I>(call: (input: I) => Promise<AwardView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venture'] }),
  });
}

/** The agreement is signed: the first tranche is released once committed. */
export function useSignAward(id: string) {
  return useAwardMutation(() =>
    unwrap(api.POST('/api/v1/venture/awards/{id}/sign', { params: { path: { id } } })),
  );
}

/** The organization reports a milestone (mid-term, final). */
export function useReportMilestone(id: string, position: number) {
  return useAwardMutation((report: string) =>
    unwrap(
      api.POST('/api/v1/venture/awards/{id}/tranches/{position}/report', {
        params: { path: { id, position } },
        body: { report },
      }),
    ),
  );
}

/** The officer approves a reported milestone (its tranche is released) or fails it. */
export function useReviewMilestone(id: string, position: number) {
  return useAwardMutation((body: { outcome: MilestoneOutcome; comment: string }) =>
    unwrap(
      api.POST('/api/v1/venture/awards/{id}/tranches/{position}/review', {
        params: { path: { id, position } },
        body,
      }),
    ),
  );
}

/** After a failed final evaluation, the officer opens a clawback of up to what was paid (R19). */
export function useOpenClawback(id: string) {
  return useAwardMutation((body: OpenClawbackDto) =>
    unwrap(api.POST('/api/v1/venture/awards/{id}/clawback', { params: { path: { id } }, body })),
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';
import type {
  PoliciesInForce,
  PolicyKind,
  PolicyPage,
  PolicyStatus,
  PolicyView,
  ProposePolicyDto,
} from './policy-types';

/** What the list of versions is asked for: a kind, a region, a status. */
export interface PolicyFilter {
  kind?: PolicyKind;
  regionCode?: string;
  status?: PolicyStatus;
}

/** The version of every kind in force for a region on a day (a county's over its city's…). */
export function usePoliciesInForce(regionCode: string, on: string) {
  return useQuery({
    queryKey: ['policies', 'in-force', regionCode, on],
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/v1/policies/in-force', { params: { query: { regionCode, on } } }),
      )) as PoliciesInForce,
  });
}

/** A page of versions, newest proposal first (the history of a kind, the proposals waiting). */
export function usePolicies(filter: PolicyFilter, paging: Paging) {
  return useQuery(
    pageQuery(
      ['policies', 'list', filter, paging],
      async () =>
        (await unwrap(
          api.GET('/api/v1/policies', { params: { query: { ...filter, ...paging } } }),
        )) as PolicyPage,
    ),
  );
}

/** For anyone, no login: the priority bonuses, the rural reserve, the eldercare floor in force. */
export function usePublicPolicies(regionCode: string) {
  return useQuery({
    queryKey: ['policies', 'public', regionCode],
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/v1/public/policies', { params: { query: { regionCode } } }),
      )) as PoliciesInForce,
  });
}

/** After a change: every list and the versions in force are read again. */
function useChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['policies'] });
}

/**
 * Proposes a new version (issue #17): the API checks its body against its kind. The API client
 * gives the POST its Idempotency-Key, so a retry stores it once.
 */
export function useProposePolicy() {
  const onSuccess = useChanged();
  return useMutation({
    mutationFn: async (body: ProposePolicyDto) =>
      (await unwrap(api.POST('/api/v1/policies', { body }))) as PolicyView,
    onSuccess,
  });
}

export type PolicyDecision = 'approve' | 'reject' | 'withdraw';

/** A second administrator approves or rejects a proposed version; its proposer withdraws it (R28). */
export function useDecidePolicy(id: string) {
  const onSuccess = useChanged();
  return useMutation({
    mutationFn: async ({ decision, note }: { decision: PolicyDecision; note?: string }) => {
      const request = { params: { path: { id } }, body: note ? { note } : {} };
      const call =
        decision === 'approve'
          ? api.POST('/api/v1/policies/{id}/approve', request)
          : decision === 'reject'
            ? api.POST('/api/v1/policies/{id}/reject', request)
            : api.POST('/api/v1/policies/{id}/withdraw', request);
      return (await unwrap(call)) as PolicyView;
    },
    onSuccess,
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';
import type { CallView, CreateCallDto, SetFormDto } from './types';

/** A page of the calls, the latest deadline first: officers manage them, applicants pick one. */
export function useCalls(paging: Paging) {
  return useQuery(
    pageQuery(['venture', 'calls', paging], () =>
      unwrap(api.GET('/api/v1/venture/calls', { params: { query: paging } })),
    ),
  );
}

export function useCall(id: string) {
  return useQuery({
    queryKey: ['venture', 'call', id],
    queryFn: () => unwrap(api.GET('/api/v1/venture/calls/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

export function useCreateCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCallDto) => unwrap(api.POST('/api/v1/venture/calls', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venture'] }),
  });
}

/** Whether the call's reviewers are drawn (its draw can be read). */
export const isDrawn = (call: CallView) => call.phase === 'DRAWN' || call.phase === 'AWARDED';

/** The draw (R18): who reviews what, and every recusal; asked only once it took place. */
export function useDraw(call: CallView) {
  return useQuery({
    queryKey: ['venture', 'draw', call.id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/venture/calls/{id}/draw', { params: { path: { id: call.id } } })),
    enabled: isDrawn(call),
  });
}

export function useDrawReviewers(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/venture/calls/{id}/draw', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venture'] }),
  });
}

/** The ranking (R13, R14, R19), once the call has closed. */
export function useVentureRanking(call: CallView) {
  return useQuery({
    queryKey: ['venture', 'ranking', call.id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/venture/calls/{id}/ranking', { params: { path: { id: call.id } } })),
    enabled: !call.open,
    placeholderData: keepPreviousData,
  });
}

/** An award from the ranked list, with the officer's comment (R19). */
export function useAward(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: string) =>
      unwrap(
        api.POST('/api/v1/venture/proposals/{id}/award', {
          params: { path: { id: proposalId } },
          body: { comment },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venture'] }),
  });
}

/** rule R19: concludes the call's round; the proposals left are passed over and told why. */
export function useConcludeRound(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/venture/calls/{id}/conclude', { params: { path: { id: callId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venture'] }),
  });
}

/** Replaces the call's added questions (issue #17); refused (409) once it has a proposal. */
export function useSetCallForm(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetFormDto) =>
      unwrap(api.PUT('/api/v1/venture/calls/{id}/form', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venture'] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { paths } from '../api/schema';
import { RETRY_WHILE_NOT_KNOWN } from '../common/not-known-yet';
import type { Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';
import type { CreateProposalDto } from './types';

/** How proposals sort (the API's default: the oldest first). */
export type ProposalSort = NonNullable<
  NonNullable<paths['/api/v1/venture/proposals']['get']['parameters']['query']>['sort']
>;

/** The fields a table of proposals sorts on, each its column's key. */
export const PROPOSAL_SORT_FIELDS = ['title', 'requestedFen', 'status'] as const;

/** A page of the proposals: officers see a call's, an applicant its organization's. */
export function useProposals(paging: Paging<ProposalSort>, callId?: string) {
  return useQuery(
    pageQuery(['venture', 'proposals', callId ?? 'mine', paging], () =>
      unwrap(api.GET('/api/v1/venture/proposals', { params: { query: { ...paging, callId } } })),
    ),
  );
}

export function useProposal(id: string) {
  return useQuery({
    queryKey: ['venture', 'proposal', id],
    queryFn: () => unwrap(api.GET('/api/v1/venture/proposals/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

/**
 * Saves a draft (R17): a new one is created, an existing one replaced whole. With `submit`, the
 * saved draft is then submitted, which checks the lines add up and the amount fits the call.
 */
export function useSaveProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { id?: string; body: CreateProposalDto; submit: boolean }) => {
      const { callId: _callId, ...content } = input.body;
      const saved = input.id
        ? await unwrap(
            api.PUT('/api/v1/venture/proposals/{id}', {
              params: { path: { id: input.id } },
              body: content,
            }),
          )
        : await unwrap(api.POST('/api/v1/venture/proposals', { body: input.body }));
      if (!input.submit) return { saved, submitted: false };
      try {
        const submitted = await unwrap(
          api.POST('/api/v1/venture/proposals/{id}/submit', {
            params: { path: { id: saved.id } },
          }),
        );
        return { saved: submitted, submitted: true };
      } catch (error) {
        throw Object.assign(error as Error, { savedId: saved.id });
      }
    },
    ...RETRY_WHILE_NOT_KNOWN,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['venture'] }),
  });
}

/** Deletes a draft the organization no longer wants; submitted proposals stay (R17). */
export function useDiscardProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/venture/proposals/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['venture'] }),
  });
}

/** The draft a refused submission saved first, so the form goes on editing it. */
export function savedIdOf(error: unknown): string | undefined {
  const id = (error as { savedId?: unknown } | null)?.savedId;
  return typeof id === 'string' ? id : undefined;
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { RETRY_WHILE_NOT_KNOWN } from '../../common/not-known-yet';
import { LARGEST_PAGE, type Paging } from '../../common/paging';
import { pageQuery } from '../../common/use-paging';
import type {
  ApplyDirectoryEntryDto,
  RaisePurchaseObjectionDto,
  SubmitBidDto,
  SubmitContractReportDto,
} from './undertaker-types';

/** Everything an undertaker's applicant reads is under this key: a change refreshes it all. */
const MINE = ['procurement', 'undertaker'] as const;

/** The applicant's own organization's directory entries (R24): the API scopes the list to them. */
export function useMyEntries(paging: Paging) {
  return useQuery(
    pageQuery([...MINE, 'entries', paging], () =>
      unwrap(api.GET('/api/v1/procurement/directory', { params: { query: paging } })),
    ),
  );
}

/**
 * The catalogue's first-level categories (R24), the service categories an entry may name: read
 * from the published catalogue, one largest page (the form says when it holds more).
 */
export function useCatalogueCategories() {
  const catalogue = useQuery({
    queryKey: ['procurement', 'public-catalogue', 'categories'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/procurement/catalogue', { params: { query: LARGEST_PAGE } })),
    staleTime: 300_000,
  });
  const categories = [...new Set((catalogue.data?.items ?? []).map((i) => i.categories[0]))];
  return { categories, list: catalogue.data, loading: catalogue.isPending };
}

/**
 * Applies for the applicant's own organization (R24): its name and credit code come from the
 * registry. Right after registration the service may not know the organization yet: retried.
 */
export function useApplyToDirectory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplyDirectoryEntryDto) =>
      unwrap(api.POST('/api/v1/procurement/directory', { body })),
    ...RETRY_WHILE_NOT_KNOWN,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MINE }),
  });
}

/** Bids on an announced project until its deadline, by the database clock (R25). */
export function useSubmitBid(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitBidDto) =>
      unwrap(
        api.POST('/api/v1/procurement/projects/{id}/bids', {
          params: { path: { id: projectId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['procurement'] }),
  });
}

/** The organization's own bids, newest first, a page at a time. */
export function useMyBids(paging: Paging) {
  return useQuery(
    pageQuery([...MINE, 'bids', paging], () =>
      unwrap(api.GET('/api/v1/procurement/bids/mine', { params: { query: paging } })),
    ),
  );
}

/** Takes a bid back before the deadline (R25); the organization may then bid anew. */
export function useWithdrawBid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/procurement/bids/{id}/withdraw', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['procurement'] }),
  });
}

/** A bidder objects to the published result within its window (质疑, R25). */
export function useRaiseObjection(projectId: string) {
  return useMutation({
    mutationFn: (body: RaisePurchaseObjectionDto) =>
      unwrap(
        api.POST('/api/v1/procurement/projects/{id}/objections', {
          params: { path: { id: projectId } },
          body,
        }),
      ),
  });
}

/** The organization's own contracts (R25), a page at a time. */
export function useMyContracts(paging: Paging) {
  return useQuery(
    pageQuery([...MINE, 'contracts', paging], () =>
      unwrap(api.GET('/api/v1/procurement/contracts/mine', { params: { query: paging } })),
    ),
  );
}

/** One of the organization's contracts, its years, instalments and evaluations (404 another's). */
export function useMyContract(id: string) {
  return useQuery({
    queryKey: [...MINE, 'contract', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/procurement/contracts/{id}', { params: { path: { id } } })),
  });
}

/**
 * Submits a performance report on one of the organization's contracts (R25): the API takes it
 * while the contract year is in performance, and answers the contract with its reports.
 */
export function useSubmitReport(contractId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitContractReportDto) =>
      unwrap(
        api.POST('/api/v1/procurement/contracts/{id}/reports', {
          params: { path: { id: contractId } },
          body,
        }),
      ),
    onSuccess: (contract) => {
      queryClient.setQueryData([...MINE, 'contract', contractId], contract);
      return queryClient.invalidateQueries({ queryKey: MINE });
    },
  });
}

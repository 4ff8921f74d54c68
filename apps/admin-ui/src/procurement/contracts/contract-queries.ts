import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { MAX_PAGE_SIZE, type Paging } from '../../common/paging';
import { pageQuery } from '../../common/use-paging';
import type { BidView, PurchaseProjectView } from '../projects/project-types';
import type {
  ContractFilter,
  ContractView,
  EvaluateContractDto,
  SignContractDto,
} from './contract-types';

/** While finance has not answered (a commitment, a payment on its way), the page follows it. */
const FOLLOW_MS = 3000;

/**
 * Whether finance still has to answer for the contract (R27, R28): a year's commitment asked or
 * being released, or an instalment released in a committed year whose payment is not made yet.
 */
export function atFinance(contract?: ContractView): boolean {
  return (contract?.years ?? []).some(
    (year) =>
      year.commitment === 'REQUESTED' ||
      year.commitment === 'RELEASING' ||
      (year.commitment === 'COMMITTED' &&
        year.instalments.some(
          (i) => i.release === 'RELEASED' && ['NOT_REQUESTED', 'REQUESTED'].includes(i.payment),
        )),
  );
}

/** A page of the contracts, newest first, by fiscal year and status (R25). */
export function useContracts(filter: ContractFilter, paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'contracts', filter, paging], () =>
      unwrap(
        api.GET('/api/v1/procurement/contracts', { params: { query: { ...filter, ...paging } } }),
      ),
    ),
  );
}

/** One contract with its years, instalments and evaluations; followed while finance answers. */
export function useContract(id: string) {
  return useQuery({
    queryKey: ['procurement', 'contract', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/procurement/contracts/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (atFinance(query.state.data) ? FOLLOW_MS : false),
  });
}

/**
 * The awarded bid of a project (R25): its undertaker and price, read page by page in rank order
 * until found (after an upheld objection it is not the first); null when there is none.
 */
export function useAwardedBid(project: Pick<PurchaseProjectView, 'id'>) {
  return useQuery({
    queryKey: ['procurement', 'p', project.id, 'awarded-bid'],
    queryFn: async (): Promise<BidView | null> => {
      for (let page = 1; ; page += 1) {
        const list = await unwrap(
          api.GET('/api/v1/procurement/projects/{id}/bids', {
            params: { path: { id: project.id }, query: { page, pageSize: MAX_PAGE_SIZE } },
          }),
        );
        const awarded = list.items.find((bid) => bid.status === 'AWARDED');
        if (awarded) return awarded;
        if (list.items.length === 0 || page * list.pageSize >= list.total) return null;
      }
    },
  });
}

/**
 * After a contract changed: everything of government purchase is read again, not waited for (the
 * project signed or the contract completed, the form that asked may be gone once it is, and its
 * own callbacks, which go on to the contract's page, must run first).
 */
function useChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['procurement'] });
  };
}

/**
 * Signs an awarded project's contract (R25; Order 102 art. 23–24): its first year is committed at
 * finance. The API client gives the POST its Idempotency-Key, so a retry signs once.
 */
export function useSignContract(projectId: string) {
  const onSuccess = useChanged();
  return useMutation({
    mutationFn: (body: SignContractDto) =>
      unwrap(
        api.POST('/api/v1/procurement/projects/{id}/contract', {
          params: { path: { id: projectId } },
          body,
        }),
      ),
    onSuccess,
  });
}

/** Records a monitoring check or the year's final evaluation (R25), once (Idempotency-Key). */
export function useEvaluateContract(id: string) {
  const onSuccess = useChanged();
  return useMutation({
    mutationFn: (body: EvaluateContractDto) =>
      unwrap(
        api.POST('/api/v1/procurement/contracts/{id}/evaluations', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess,
  });
}

/** Renews the next contract year against that year's budget (R25, R27; art. 24). */
export function useRenewContract(id: string) {
  const onSuccess = useChanged();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/procurement/contracts/{id}/renew', { params: { path: { id } } })),
    onSuccess,
  });
}

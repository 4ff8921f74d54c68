import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { paths } from '../api/schema';
import type {
  AppropriateBudgetDto,
  BatchStatus,
  ClawbackReceiptDecisionDto,
  CreateBatchDto,
  ProposeReissueDto,
  RecordClawbackReceiptDto,
  ReissueDecisionDto,
} from '../api/types';
import type { Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';
import { isPaying } from './batch-state';

export type PaymentFilters = NonNullable<
  paths['/api/v1/finance/payments']['get']['parameters']['query']
>;
export type BatchFilters = NonNullable<
  paths['/api/v1/finance/batches']['get']['parameters']['query']
>;
export type ExportFormat = 'csv' | 'xlsx';

/** While a batch is being paid, its page asks again every second (and stops when it is done). */
const PAYING_POLL_MS = 1000;

export function useFunds(fiscalYear: number) {
  return useQuery({
    queryKey: ['finance', 'funds', fiscalYear],
    queryFn: () => unwrap(api.GET('/api/v1/finance/funds', { params: { query: { fiscalYear } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAppropriateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AppropriateBudgetDto) =>
      unwrap(api.POST('/api/v1/finance/budgets', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['finance', 'funds'] }),
  });
}

/**
 * Payments by status, fund or batch. `batchStatus` (for a batch's payments) polls while the batch
 * is paying, and is part of the key, so the results are fetched once more when it is done.
 */
export function usePayments(filters: PaymentFilters, batchStatus?: BatchStatus) {
  return useQuery({
    queryKey: ['finance', 'payments', filters, batchStatus],
    queryFn: () => unwrap(api.GET('/api/v1/finance/payments', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    refetchInterval: batchStatus && isPaying(batchStatus) ? PAYING_POLL_MS : false,
  });
}

export function useCreateBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBatchDto) => unwrap(api.POST('/api/v1/finance/batches', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['finance'] }),
  });
}

export function useBatches(filters: BatchFilters) {
  return useQuery({
    queryKey: ['finance', 'batches', filters],
    queryFn: () => unwrap(api.GET('/api/v1/finance/batches', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

/** One batch; asks again every second while it is being paid. */
export function useBatch(id: string) {
  return useQuery({
    queryKey: ['finance', 'batch', id],
    queryFn: () => unwrap(api.GET('/api/v1/finance/batches/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && isPaying(status) ? PAYING_POLL_MS : false;
    },
  });
}

/** A checker approves (then it is paid) or rejects (its payments await a new batch) a batch. */
export function useDecideBatch(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, comment }: { decision: 'approve' | 'reject'; comment: string }) =>
      unwrap(
        api.POST(
          decision === 'approve'
            ? '/api/v1/finance/batches/{id}/approve'
            : '/api/v1/finance/batches/{id}/reject',
          { params: { path: { id } }, body: { comment } },
        ),
      ),
    onSuccess: (batch) => queryClient.setQueryData(['finance', 'batch', id], batch),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['finance'] }),
  });
}

/**
 * Downloads a batch's export. Fetched through the API client (a plain link would not carry the
 * access token), then saved from a blob under the name the gateway gives it.
 */
export function useExportBatch(id: string) {
  return useMutation({
    mutationFn: async (format: ExportFormat) => {
      const call = api.GET('/api/v1/finance/batches/{id}/export', {
        params: { path: { id }, query: { format } },
        parseAs: 'blob',
      });
      const blob = await unwrap(call);
      const { response } = await call;
      saveBlob(blob, fileNameOf(response.headers.get('content-disposition')) ?? `${id}.${format}`);
    },
  });
}

function fileNameOf(disposition: string | null): string | undefined {
  const match = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]) : undefined;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A page of the clawbacks the programmes opened, the latest first, with what came back (R19). */
export function useClawbacks(paging: Paging) {
  return useQuery(
    pageQuery(['finance', 'clawbacks', paging], () =>
      unwrap(api.GET('/api/v1/finance/clawbacks', { params: { query: paging } })),
    ),
  );
}

/** A finance maker records money returned under a clawback (R19). */
export function useRecordClawbackReceipt(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordClawbackReceiptDto) =>
      unwrap(
        api.POST('/api/v1/finance/clawbacks/{id}/receipts', { params: { path: { id } }, body }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['finance'] }),
  });
}

/** A finance checker confirms (posted to the ledger) or rejects another person's receipt (R28). */
export function useDecideClawbackReceipt(id: string, receiptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClawbackReceiptDecisionDto) =>
      unwrap(
        api.POST('/api/v1/finance/clawbacks/{id}/receipts/{receiptId}/decision', {
          params: { path: { id, receiptId } },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['finance'] }),
  });
}

/** A finance maker proposes paying a failed payment again, to corrected bank details (R28). */
export function useProposeReissue(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeReissueDto) =>
      unwrap(api.POST('/api/v1/finance/payments/{id}/reissue', { params: { path: { id } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['finance'] }),
  });
}

/** A finance checker approves (a new payment awaits a batch) or rejects another's re-issue. */
export function useDecideReissue(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReissueDecisionDto) =>
      unwrap(
        api.POST('/api/v1/finance/payments/{id}/reissue/decision', {
          params: { path: { id } },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['finance'] }),
  });
}

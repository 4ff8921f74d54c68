import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';
import type { AuditedService, AuditFilters } from './audit-types';

/** A page of a service's audit entries, newest first (R31); the page on screen stays while the next loads. */
export function useAuditEntries(service: AuditedService, filters: AuditFilters, paging: Paging) {
  return useQuery(
    pageQuery(['audit', service, 'entries', filters, paging], () =>
      unwrap(
        api.GET('/api/v1/audit/{service}/entries', {
          params: { path: { service }, query: { ...filters, ...paging } },
        }),
      ),
    ),
  );
}

/** The service's chain verified from its first entry, each time the screen shows it (R31). */
export function useAuditVerification(service: AuditedService) {
  return useQuery({
    queryKey: ['audit', service, 'verification'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/audit/{service}/verification', { params: { path: { service } } })),
    staleTime: 0,
  });
}

/** Downloads the entries the filters find as an Excel workbook, named as the API names it. */
export function useExportAudit() {
  return useMutation({
    mutationFn: async ({
      service,
      filters,
    }: {
      service: AuditedService;
      filters: AuditFilters;
    }) => {
      const call = api.GET('/api/v1/audit/{service}/entries.xlsx', {
        params: { path: { service }, query: filters },
        parseAs: 'blob',
      });
      const blob = (await unwrap(call)) as unknown as Blob;
      const { response } = await call;
      saveBlob(
        blob,
        fileNameOf(response.headers.get('content-disposition')) ?? `audit-${service}.xlsx`,
      );
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

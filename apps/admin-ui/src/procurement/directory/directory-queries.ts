import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Paging } from '../../common/paging';
import { pageQuery } from '../../common/use-paging';
import type {
  ApplyDirectoryEntryDto,
  DecideDirectoryEntryDto,
  DirectoryFilter,
} from './directory-types';

/** A page of the undertaker directory for officers, by kind, status and region served (R24). */
export function useDirectory(filter: DirectoryFilter, paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'directory', filter, paging], () =>
      unwrap(
        api.GET('/api/v1/procurement/directory', { params: { query: { ...filter, ...paging } } }),
      ),
    ),
  );
}

/** One entry with its service areas and performance history (R24, R25). */
export function useDirectoryEntry(id: string) {
  return useQuery({
    queryKey: ['procurement', 'directory-entry', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/procurement/directory/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

/**
 * An officer enters an undertaker of any kind on its behalf (R24); the API checks who may
 * undertake (Order 102 art. 6–8) and the credit code's authority (R29). The POST carries its
 * Idempotency-Key (the API client adds it), so a retry is stored once.
 */
export function useEnterUndertaker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplyDirectoryEntryDto) =>
      unwrap(api.POST('/api/v1/procurement/directory', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['procurement', 'directory'] }),
  });
}

/** Lists or refuses a pending entry, or removes a listed one, with the reason (R24). */
export function useDecideEntry(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecideDirectoryEntryDto) =>
      unwrap(
        api.POST('/api/v1/procurement/directory/{id}/decision', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['procurement', 'directory'] }),
        queryClient.invalidateQueries({ queryKey: ['procurement', 'directory-entry', id] }),
      ]),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';
import type { CatalogueFilter, CreateCatalogueItemDto } from './types';

/** A page of the catalogue for officers, filtered by region, year and category (R24). */
export function useCatalogue(filter: CatalogueFilter, paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'catalogue', filter, paging], () =>
      unwrap(
        api.GET('/api/v1/procurement/catalogue', { params: { query: { ...filter, ...paging } } }),
      ),
    ),
  );
}

/** A page of the published catalogue, for anyone without logging in (R24). */
export function usePublicCatalogue(filter: CatalogueFilter, paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'public-catalogue', filter, paging], () =>
      unwrap(
        api.GET('/api/v1/public/procurement/catalogue', {
          params: { query: { ...filter, ...paging } },
        }),
      ),
    ),
  );
}

/**
 * Enters an item; the API checks it against the negative list (R25, Order 102 art. 10). The API
 * client gives the POST its Idempotency-Key, the same on a retry, so it is stored once.
 */
export function useCreateCatalogueItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCatalogueItemDto) =>
      unwrap(api.POST('/api/v1/procurement/catalogue', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['procurement'] }),
  });
}

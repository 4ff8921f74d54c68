import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { paths } from '../api/schema';
import type { RegisterOrganizationDto } from '../api/types';

/** The list's filters and page, as the API takes them. */
export type OrganizationFilters = NonNullable<
  paths['/api/v1/organizations']['get']['parameters']['query']
>;

export function useOrganizations(filters: OrganizationFilters) {
  return useQuery({
    queryKey: ['organizations', filters],
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string) {
  return useQuery({
    queryKey: ['organization', id],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  });
}

export function useRegisterOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterOrganizationDto) =>
      unwrap(api.POST('/api/v1/organizations', { body })),
    onSuccess: (organization) => {
      queryClient.setQueryData(['organization', organization.id], organization);
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}

/** Shows one leader's resident ID in full; the gateway audits every call (R30, R31). */
export function useUnmaskResidentId(id: string, index: number) {
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/leaders/{index}/resident-id', {
          params: { path: { id, index } },
        }),
      ),
  });
}

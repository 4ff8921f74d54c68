import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { paths } from '../api/schema';
import type {
  CreateUserDto,
  ResetSecondFactorDto,
  UpdateUserDto,
  UserPageView,
} from '../api/types';

export type UserFilters = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: ['users', filters],
    queryFn: () =>
      unwrap<unknown>(
        api.GET('/api/v1/users', { params: { query: filters } }),
      ) as Promise<UserPageView>,
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserDto) => unwrap(api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Roles, bindings, password, disabling and unlocking all go through PATCH /users/:id. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserDto }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** An administrator resets another user's lost second factor (issue #15); their sessions end. */
export function useResetSecondFactor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResetSecondFactorDto) =>
      unwrap(
        api.POST('/api/v1/users/{id}/second-factor/reset', { params: { path: { id } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

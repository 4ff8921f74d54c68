import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type NotificationView = Schemas['NotificationView'];
export type NotificationPageView = Schemas['NotificationPageView'];
export type NotificationPreferencesView = Schemas['NotificationPreferencesView'];
export type UpdateNotificationPreferencesDto = Schemas['UpdateNotificationPreferencesDto'];
export type NotificationOrder = 'unread-first' | 'newest-first';

const KEY = ['me', 'notifications'] as const;

/** A page of the user's notifications (issue #18). */
export function useNotifications(query: {
  page: number;
  pageSize: number;
  order: NotificationOrder;
}) {
  return useQuery({
    queryKey: [...KEY, 'page', query],
    queryFn: () => unwrap(api.GET('/api/v1/me/notifications', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** How many are unread, for the header's bell: asked again every minute and on focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...KEY, 'unread'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/me/notifications', { params: { query: { pageSize: 1 } } })))
        .unread,
    refetchInterval: 60_000,
  });
}

/** Marks one read, or all of them (no id); the page and the bell follow. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id?: string): Promise<void> => {
      if (id) {
        await unwrap(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } }));
      } else await unwrap(api.POST('/api/v1/me/notifications/read-all'));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: ['me', 'notification-preferences'],
    queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')),
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferencesDto) =>
      unwrap(api.PUT('/api/v1/me/notification-preferences', { body })),
    onSuccess: (saved) => queryClient.setQueryData(['me', 'notification-preferences'], saved),
  });
}

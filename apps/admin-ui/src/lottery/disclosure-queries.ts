import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { CorrectNoticeDto, ObjectionDto, PublishAnnualReportDto } from '../api/types';
import type { Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';

/** A page of the public notices of a year, newest first (no login needed). */
export function useNotices(fiscalYear: number, paging: Paging) {
  return useQuery(
    pageQuery(['lottery', 'notices', fiscalYear, paging], () =>
      unwrap(
        api.GET('/api/v1/public/lottery/notices', {
          params: { query: { ...paging, fiscalYear } },
        }),
      ),
    ),
  );
}

export function useObject(noticeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ObjectionDto) =>
      unwrap(
        api.POST('/api/v1/public/lottery/notices/{id}/objections', {
          params: { path: { id: noticeId } },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['lottery', 'notices'] }),
  });
}

/** An officer corrects a project's notice with a new one; the old one stays, marked (R23). */
export function useCorrectNotice(noticeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CorrectNoticeDto) =>
      unwrap(
        api.POST('/api/v1/lottery/notices/{id}/corrections', {
          params: { path: { id: noticeId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lottery', 'notices'] }),
  });
}

/**
 * Generates and publishes a finished year's annual report (R23); again, with a reason, to correct
 * the one in force. The year's disclosure status and its notices change with it.
 */
export function usePublishAnnualReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fiscalYear, ...body }: PublishAnnualReportDto & { fiscalYear: number }) =>
      unwrap(
        api.POST('/api/v1/lottery/years/{fiscalYear}/annual-report', {
          params: { path: { fiscalYear } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lottery'] }),
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { components } from '../api/schema';
import type {
  AssessmentDto,
  CreateSubsidyProgrammeDto,
  SubmitApplicationDto,
  WithdrawFundingDto,
} from '../api/types';
import { RETRY_WHILE_NOT_KNOWN } from '../common/not-known-yet';
import { LARGEST_PAGE, type Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';

/** Until finance has answered, an approved application's status changes by itself: ask again. */
const FOLLOW_MS = 3000;

/** A page of a year's programmes; selects ask for the largest page (and say when there are more). */
export function useProgrammes(fiscalYear: number, paging: Paging = LARGEST_PAGE) {
  return useQuery(
    pageQuery(['lottery', 'programmes', fiscalYear, paging], () =>
      unwrap(
        api.GET('/api/v1/lottery/programmes', { params: { query: { ...paging, fiscalYear } } }),
      ),
    ),
  );
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSubsidyProgrammeDto) =>
      unwrap(api.POST('/api/v1/lottery/programmes', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lottery'] }),
  });
}

/**
 * Replaces a programme's added questions (issue #17, R20) with a new version of its form; refused
 * (409 FORM_FROZEN) once the programme has an application.
 */
export function useSetProgrammeForm(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['SetFormDto']) =>
      unwrap(api.PUT('/api/v1/lottery/programmes/{id}/form', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lottery'] }),
  });
}

export function useLotteryYear(fiscalYear: number, enabled = true) {
  return useQuery({
    queryKey: ['lottery', 'year', fiscalYear],
    queryFn: () =>
      unwrap(api.GET('/api/v1/lottery/years/{fiscalYear}', { params: { path: { fiscalYear } } })),
    enabled,
  });
}

/**
 * A page of the applications: a programme's by priority for officers (the review queue asks for
 * the largest page), an applicant's own. While some are on their way through finance (approved,
 * committed), the page is asked again every few seconds.
 */
export function useApplications(programmeId?: string, paging: Paging = LARGEST_PAGE) {
  return useQuery({
    ...pageQuery(['lottery', 'applications', programmeId ?? 'mine', paging], () =>
      unwrap(
        api.GET('/api/v1/lottery/applications', {
          params: { query: { ...paging, programmeId } },
        }),
      ),
    ),
    enabled: programmeId !== '',
    refetchInterval: (query) =>
      query.state.data?.items.some((a) => a.status === 'APPROVED' || a.status === 'COMMITTED')
        ? FOLLOW_MS
        : false,
  });
}

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitApplicationDto) =>
      unwrap(api.POST('/api/v1/lottery/applications', { body })),
    ...RETRY_WHILE_NOT_KNOWN,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lottery'] }),
  });
}

export type Decision = 'approve' | 'reject';

export function useDecideApplication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      decision: Decision;
      comment: string;
      acceptEldercareWarning?: boolean;
    }) =>
      unwrap(
        input.decision === 'approve'
          ? api.POST('/api/v1/lottery/applications/{id}/approve', {
              params: { path: { id } },
              body: {
                comment: input.comment,
                acceptEldercareWarning: input.acceptEldercareWarning,
              },
            })
          : api.POST('/api/v1/lottery/applications/{id}/reject', {
              params: { path: { id } },
              body: { comment: input.comment },
            }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['lottery'] }),
  });
}

/**
 * A programme's assessed applications in rank order (R13), each funded from the rural reserve,
 * the general pool or not at all (R14), with the reason; also how many are not assessed yet.
 */
export function useRanking(programmeId: string) {
  return useQuery({
    queryKey: ['lottery', 'ranking', programmeId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/lottery/programmes/{id}/ranking', {
          params: { path: { id: programmeId } },
        }),
      ),
    enabled: programmeId !== '',
    placeholderData: keepPreviousData,
  });
}

/** An officer's merit assessment (0–100) of an undecided application; it re-ranks the programme. */
export function useAssess(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentDto) =>
      unwrap(
        api.POST('/api/v1/lottery/applications/{id}/assessment', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lottery'] }),
  });
}

/**
 * An officer withdraws a subsidy finance holds and has not paid (R27): the money is released and
 * the publicity notice retracted by a correction (R23).
 */
export function useWithdrawApplication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WithdrawFundingDto) =>
      unwrap(
        api.POST('/api/v1/lottery/applications/{id}/withdrawal', {
          params: { path: { id } },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['lottery'] }),
  });
}

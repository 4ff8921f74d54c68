import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { components, paths } from '../api/schema';
import type {
  AdmissionAssessmentDto,
  CreateBaseDto,
  CreateCohortDto,
  CreateVenueDto,
  SubmitAdmissionDto,
} from '../api/types';
import { RETRY_WHILE_NOT_KNOWN } from '../common/not-known-yet';
import { LARGEST_PAGE, type Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';

/** How admissions sort (the API's default: highest priority bonus first). */
export type AdmissionSort = NonNullable<
  NonNullable<paths['/api/v1/incubation/admissions']['get']['parameters']['query']>['sort']
>;

/**
 * A change to a base, cohort or incubatee may move counts, rankings, venues' occupants and the
 * in-kind value; a refusal may mean someone else changed them: either way, everything of
 * incubation is read again.
 */
export function useIncubationMutation<B, R>(
  mutationFn: (body: B) => Promise<R>,
  options: Partial<typeof RETRY_WHILE_NOT_KNOWN> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['incubation'] }),
    ...options,
  });
}

/**
 * A page of the bases with their venues and occupants, by name; staff see their own. Selects and
 * look-ups ask for the largest page (and say when there are more).
 */
export function useBases(paging: Paging = LARGEST_PAGE) {
  return useQuery(
    pageQuery(['incubation', 'bases', paging], () =>
      unwrap(api.GET('/api/v1/incubation/bases', { params: { query: paging } })),
    ),
  );
}

export function useCreateBase() {
  return useIncubationMutation((body: CreateBaseDto) =>
    unwrap(api.POST('/api/v1/incubation/bases', { body })),
  );
}

export function useAddVenue(baseId: string) {
  return useIncubationMutation((body: CreateVenueDto) =>
    unwrap(
      api.POST('/api/v1/incubation/bases/{id}/venues', { params: { path: { id: baseId } }, body }),
    ),
  );
}

/**
 * A page of the cohorts with phase, answer deadline (R16) and counts, the latest window first:
 * staff's base's, or every one.
 */
export function useCohorts(paging: Paging = LARGEST_PAGE) {
  return useQuery(
    pageQuery(['incubation', 'cohorts', paging], () =>
      unwrap(api.GET('/api/v1/incubation/cohorts', { params: { query: paging } })),
    ),
  );
}

export function useCohort(id: string) {
  return useQuery({
    queryKey: ['incubation', 'cohort', id],
    queryFn: () => unwrap(api.GET('/api/v1/incubation/cohorts/{id}', { params: { path: { id } } })),
  });
}

export function useCreateCohort() {
  return useIncubationMutation((body: CreateCohortDto) =>
    unwrap(api.POST('/api/v1/incubation/cohorts', { body })),
  );
}

/** Staff close the window before its last day; answers are due from today (R16). */
export function useCloseCohort(id: string) {
  return useIncubationMutation(() =>
    unwrap(api.POST('/api/v1/incubation/cohorts/{id}/close', { params: { path: { id } } })),
  );
}

/**
 * Replaces the cohort's added questions (issue #17, R16) with a new version of its form; refused
 * (409 FORM_FROZEN) once the cohort has an application.
 */
export function useSetCohortForm(id: string) {
  return useIncubationMutation((body: components['schemas']['SetFormDto']) =>
    unwrap(api.PUT('/api/v1/incubation/cohorts/{id}/form', { params: { path: { id } }, body })),
  );
}

/** Answers every applicant in ranked order (R13, R14, R16). */
export function useDecideCohort(id: string) {
  return useIncubationMutation(() =>
    unwrap(api.POST('/api/v1/incubation/cohorts/{id}/decide', { params: { path: { id } } })),
  );
}

/** Every applicant, ranked with its outcome once all eligible ones are assessed (R13, R14). */
export function useRanking(cohortId: string) {
  return useQuery({
    queryKey: ['incubation', 'ranking', cohortId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/incubation/cohorts/{id}/ranking', {
          params: { path: { id: cohortId } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A page of the admission applications in scope: an applicant's own, or a cohort's. */
export function useAdmissions(paging: Paging<AdmissionSort> = LARGEST_PAGE, cohortId?: string) {
  return useQuery(
    pageQuery(['incubation', 'admissions', cohortId ?? 'mine', paging], () =>
      unwrap(
        api.GET('/api/v1/incubation/admissions', { params: { query: { ...paging, cohortId } } }),
      ),
    ),
  );
}

export function useSubmitAdmission() {
  return useIncubationMutation(
    (body: SubmitAdmissionDto) => unwrap(api.POST('/api/v1/incubation/admissions', { body })),
    RETRY_WHILE_NOT_KNOWN,
  );
}

/** Staff's merit score, 0–100 (R16); audited. */
export function useAssessAdmission(id: string) {
  return useIncubationMutation((body: AdmissionAssessmentDto) =>
    unwrap(
      api.POST('/api/v1/incubation/admissions/{id}/assessment', {
        params: { path: { id } },
        body,
      }),
    ),
  );
}

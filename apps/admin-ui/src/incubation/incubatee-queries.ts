import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type {
  AssignVenueDto,
  AttendanceDto,
  CreateTrainingDto,
  ExitDto,
  GraduateDto,
  LinkOrganizationDto,
  RecordActivityDto,
  RequestSubsidyDto,
  WithdrawFundingDto,
} from '../api/types';
import type { paths } from '../api/schema';
import { LARGEST_PAGE, type Paging } from '../common/paging';
import { pageQuery } from '../common/use-paging';
import { useIncubationMutation } from './queries';
import { subsidyOnItsWay } from './records';

/** While a start-up subsidy is on its way through finance, its record is asked again. */
const FOLLOW_MS = 3000;

/** How incubation records sort (the API's default: by name). */
export type IncubateeSort = NonNullable<
  NonNullable<paths['/api/v1/incubation/incubatees']['get']['parameters']['query']>['sort']
>;

/**
 * A page of the incubation records: a cohort's, or an applicant's own; followed while a subsidy
 * on it is on its way. Look-ups (names, attendance) ask for the largest page.
 */
export function useIncubatees(cohortId?: string, paging: Paging<IncubateeSort> = LARGEST_PAGE) {
  return useQuery({
    ...pageQuery(['incubation', 'incubatees', cohortId ?? 'mine', paging], () =>
      unwrap(
        api.GET('/api/v1/incubation/incubatees', { params: { query: { ...paging, cohortId } } }),
      ),
    ),
    refetchInterval: (query) => (subsidyOnItsWay(query.state.data?.items) ? FOLLOW_MS : false),
  });
}

const path = (id: string) => ({ params: { path: { id } } });

/** A place in a venue of the base (R4); free space and waived fees become in-kind support. */
export function useAssignVenue(id: string) {
  return useIncubationMutation((body: AssignVenueDto) =>
    unwrap(api.POST('/api/v1/incubation/incubatees/{id}/venue', { ...path(id), body })),
  );
}

/** The space handed back (due within 15 working days of leaving, R16). */
export function useSpaceReturned(id: string) {
  return useIncubationMutation(() =>
    unwrap(api.POST('/api/v1/incubation/incubatees/{id}/space-returned', path(id))),
  );
}

/** The organization a founding group registered as. */
export function useLinkOrganization(id: string) {
  return useIncubationMutation((body: LinkOrganizationDto) =>
    unwrap(api.POST('/api/v1/incubation/incubatees/{id}/organization', { ...path(id), body })),
  );
}

export function useRecordActivity(id: string) {
  return useIncubationMutation((body: RecordActivityDto) =>
    unwrap(api.POST('/api/v1/incubation/incubatees/{id}/activities', { ...path(id), body })),
  );
}

/** Asks finance for the cohort's start-up subsidy from the incubation fund (R15, R27). */
export function useRequestSubsidy(id: string) {
  return useIncubationMutation((body: RequestSubsidyDto) =>
    unwrap(api.POST('/api/v1/incubation/incubatees/{id}/startup-subsidy', { ...path(id), body })),
  );
}

/** Withdraws a start-up subsidy finance holds and has not paid; the money is released (R27). */
export function useWithdrawSubsidy(id: string) {
  return useIncubationMutation((body: WithdrawFundingDto) =>
    unwrap(
      api.POST('/api/v1/incubation/incubatees/{id}/subsidy/withdrawal', { ...path(id), body }),
    ),
  );
}

/** Graduation (出壳) against the cohort's recorded criteria (R16). */
export function useGraduate(id: string) {
  return useIncubationMutation((body: GraduateDto) =>
    unwrap(api.POST('/api/v1/incubation/incubatees/{id}/graduate', { ...path(id), body })),
  );
}

export function useExit(id: string) {
  return useIncubationMutation((body: ExitDto) =>
    unwrap(api.POST('/api/v1/incubation/incubatees/{id}/exit', { ...path(id), body })),
  );
}

/** A page of a cohort's training sessions, oldest first, and who attended (R11). */
export function useTrainings(cohortId: string, paging: Paging) {
  return useQuery(
    pageQuery(['incubation', 'trainings', cohortId, paging], () =>
      unwrap(
        api.GET('/api/v1/incubation/cohorts/{id}/trainings', {
          params: { path: { id: cohortId }, query: paging },
        }),
      ),
    ),
  );
}

export function useCreateTraining(cohortId: string) {
  return useIncubationMutation((body: CreateTrainingDto) =>
    unwrap(api.POST('/api/v1/incubation/cohorts/{id}/trainings', { ...path(cohortId), body })),
  );
}

export function useRecordAttendance(trainingId: string) {
  return useIncubationMutation((body: AttendanceDto) =>
    unwrap(api.POST('/api/v1/incubation/trainings/{id}/attendance', { ...path(trainingId), body })),
  );
}

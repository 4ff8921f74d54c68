import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Paging } from '../../common/paging';
import { pageQuery } from '../../common/use-paging';
import type { CreatePurchaseProjectDto, ProjectFilter, SetFormDto } from './project-types';

/** A page of the purchase projects, drafts included, newest first (R25). */
export function useProjects(filter: ProjectFilter, paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'projects', filter, paging], () =>
      unwrap(
        api.GET('/api/v1/procurement/projects', { params: { query: { ...filter, ...paging } } }),
      ),
    ),
  );
}

export function useProject(id: string) {
  return useQuery({
    queryKey: ['procurement', 'project', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/procurement/projects/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

/**
 * Drafts a project (R25, Order 102 art. 14: a catalogue item within the year's budget), its
 * criteria announced up front (R12). The API client gives the POST its Idempotency-Key.
 */
export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePurchaseProjectDto) =>
      unwrap(api.POST('/api/v1/procurement/projects', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['procurement', 'projects'] }),
  });
}

/** After a step of a project: the project, its lists and its panel read again. */
function useProjectChanged(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        ['procurement', 'project', id],
        ['procurement', 'projects'],
        ['procurement', 'p', id],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

/** Publishes the announcement: bids until the deadline, by the database clock (R25). */
export function useAnnounce(id: string) {
  const onSuccess = useProjectChanged(id);
  return useMutation({
    mutationFn: (body: { bidDeadline: string }) =>
      unwrap(
        api.POST('/api/v1/procurement/projects/{id}/announce', { params: { path: { id } }, body }),
      ),
    onSuccess,
  });
}

/** The steps of a project that take no body: open the bids, draw the panel, award, cancel. */
export type ProjectStep = 'close' | 'panel' | 'award' | 'cancel';

const STEP_PATHS = {
  close: '/api/v1/procurement/projects/{id}/close',
  panel: '/api/v1/procurement/projects/{id}/panel',
  award: '/api/v1/procurement/projects/{id}/award',
  cancel: '/api/v1/procurement/projects/{id}/cancel',
} as const;

/**
 * One step of a project (R25, R18): 开标 once the deadline has passed (FAILED with too few
 * bids), the panel drawn, the award in rank order, or the project cancelled before its contract.
 */
export function useProjectStep(id: string, step: ProjectStep) {
  const onSuccess = useProjectChanged(id);
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST(STEP_PATHS[step], { params: { path: { id } } })) as Promise<unknown>,
    onSuccess,
  });
}

/** A project's bids, ranked once scored; sealed (409) until the deadline (R25). */
export function useBids(id: string, paging: Paging, enabled: boolean) {
  return useQuery({
    ...pageQuery(['procurement', 'p', id, 'bids', paging], () =>
      unwrap(
        api.GET('/api/v1/procurement/projects/{id}/bids', {
          params: { path: { id }, query: paging },
        }),
      ),
    ),
    enabled,
    retry: false,
  });
}

/** A project's objections to its published result, with their answers (R25). */
export function useObjections(id: string, paging: Paging, enabled: boolean) {
  return useQuery({
    ...pageQuery(['procurement', 'p', id, 'objections', paging], () =>
      unwrap(
        api.GET('/api/v1/procurement/projects/{id}/objections', {
          params: { path: { id }, query: paging },
        }),
      ),
    ),
    enabled,
  });
}

/** Answers an objection: upheld, the award passes to the next bid in rank (R25). */
export function useAnswerObjection(projectId: string, objectionId: string) {
  const onSuccess = useProjectChanged(projectId);
  return useMutation({
    mutationFn: (body: { decision: 'UPHELD' | 'DISMISSED'; answer: string }) =>
      unwrap(
        api.POST('/api/v1/procurement/objections/{id}/answer', {
          params: { path: { id: objectionId } },
          body,
        }),
      ),
    onSuccess,
  });
}

/** Replaces the project's questions added to the bid (issue #17); refused (409) once it has a bid. */
export function useSetProjectForm(id: string) {
  const onSuccess = useProjectChanged(id);
  return useMutation({
    mutationFn: (body: SetFormDto) =>
      unwrap(api.PUT('/api/v1/procurement/projects/{id}/form', { params: { path: { id } }, body })),
    onSuccess,
  });
}

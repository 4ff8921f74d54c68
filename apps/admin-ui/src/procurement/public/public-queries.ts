import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Paging } from '../../common/paging';
import { pageQuery } from '../../common/use-paging';
import type { AnnouncementFilter, PublicDirectoryFilter } from './public-types';

/** A page of the published directory of undertakers, for anyone (R24): listed entries only. */
export function usePublicDirectory(filter: PublicDirectoryFilter, paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'public-directory', filter, paging], () =>
      unwrap(
        api.GET('/api/v1/public/procurement/directory', {
          params: { query: { ...filter, ...paging } },
        }),
      ),
    ),
  );
}

/**
 * A page of the purchase announcements (采购公告, R25), newest first, for anyone: every project
 * once announced, with its criteria and any reservation (R12) as announced before bidding.
 */
export function useAnnouncements(filter: AnnouncementFilter, paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'announcements', filter, paging], () =>
      unwrap(
        api.GET('/api/v1/public/procurement/announcements', {
          params: { query: { ...filter, ...paging } },
        }),
      ),
    ),
  );
}

/** A page of the published results (成交结果公告) with their ranking and objection window (R25). */
export function usePublicResults(paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'public-results', paging], () =>
      unwrap(api.GET('/api/v1/public/procurement/results', { params: { query: paging } })),
    ),
  );
}

/** A page of the published contracts (Order 102 art. 23), their schedules and evaluations. */
export function usePublicContracts(fiscalYear: number | undefined, paging: Paging) {
  return useQuery(
    pageQuery(['procurement', 'public-contracts', fiscalYear, paging], () =>
      unwrap(
        api.GET('/api/v1/public/procurement/contracts', {
          params: { query: { ...(fiscalYear ? { fiscalYear } : {}), ...paging } },
        }),
      ),
    ),
  );
}

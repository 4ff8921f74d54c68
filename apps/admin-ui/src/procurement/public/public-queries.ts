import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Paging } from '../../common/paging';
import { pageQuery } from '../../common/use-paging';
import type { AnnouncementFilter } from './public-types';

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

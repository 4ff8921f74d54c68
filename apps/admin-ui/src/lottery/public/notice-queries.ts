import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { NoticeView } from '../../api/types';
import type { Paging } from '../../common/paging';
import { useSearchedPages } from '../../common/use-searched-pages';
import { useYearOptions } from '../../common/use-years-with-data';

/** A page of a year's public notices, newest first (no login needed, R23). */
export const fetchNoticePage = (fiscalYear: number, paging: Paging) =>
  unwrap(
    api.GET('/api/v1/public/lottery/notices', { params: { query: { ...paging, fiscalYear } } }),
  );

/** The fiscal years that have published notices, for the public page's year selector. */
export function useNoticeYears() {
  return useYearOptions(['lottery', 'notices'], fetchNoticePage);
}

/** What a search of the notices looks in: the title, the project, the unit and its contact. */
const textOf = (notice: NoticeView) => [
  notice.title,
  notice.content?.projectName,
  notice.content?.unit,
  notice.content?.contactName,
];

/** A page of a year's notices, or of those a search finds among all of them (none left out). */
export function useSearchedNotices(fiscalYear: number, paging: Paging, search: string) {
  return useSearchedPages({
    queryKey: ['lottery', 'notices', fiscalYear],
    fetchPage: (page) => fetchNoticePage(fiscalYear, page),
    paging,
    search,
    textOf,
  });
}

import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Paging } from '../../common/paging';
import { useSearchedPages } from '../../common/use-searched-pages';
import { useYearOptions } from '../../common/use-years-with-data';
import type {
  AnnouncementFilter,
  PublicContractView,
  PublicDirectoryEntryView,
  PublicDirectoryFilter,
  PurchaseProjectView,
  PurchaseResultView,
} from './public-types';

/**
 * The published lists of government purchase (R24, R25) with a search the API does not have:
 * a page as asked, or, while the reader searches, the rows found among the whole list (see
 * useSearchedPages); and the fiscal years that have any, for the year selectors.
 */
type RegionName = (code: string) => string;

const announcementsPage = (filter: AnnouncementFilter, paging: Paging) =>
  unwrap(
    api.GET('/api/v1/public/procurement/announcements', {
      params: { query: { ...filter, ...paging } },
    }),
  );

const contractsPage = (fiscalYear: number | undefined, paging: Paging) =>
  unwrap(
    api.GET('/api/v1/public/procurement/contracts', {
      params: { query: { ...(fiscalYear ? { fiscalYear } : {}), ...paging } },
    }),
  );

/** Announcements by title, item or region. */
export function useSearchedAnnouncements(
  filter: AnnouncementFilter,
  paging: Paging,
  search: string,
  regionName: RegionName,
) {
  return useSearchedPages<PurchaseProjectView>({
    queryKey: ['procurement', 'announcements', filter],
    fetchPage: (page) => announcementsPage(filter, page),
    paging,
    search,
    textOf: (p) => [p.title, p.catalogueItemName, regionName(p.regionCode), p.fiscalYear],
  });
}

/** Results by title, region or a bidder's name. */
export function useSearchedResults(paging: Paging, search: string, regionName: RegionName) {
  return useSearchedPages<PurchaseResultView>({
    queryKey: ['procurement', 'public-results'],
    fetchPage: (page) =>
      unwrap(api.GET('/api/v1/public/procurement/results', { params: { query: page } })),
    paging,
    search,
    textOf: (r) => [
      r.title,
      regionName(r.regionCode),
      r.fiscalYear,
      ...r.ranking.map((bid) => bid.undertakerName),
    ],
  });
}

/** Contracts by title, item, undertaker or region. */
export function useSearchedContracts(
  fiscalYear: number | undefined,
  paging: Paging,
  search: string,
  regionName: RegionName,
) {
  return useSearchedPages<PublicContractView>({
    queryKey: ['procurement', 'public-contracts', fiscalYear],
    fetchPage: (page) => contractsPage(fiscalYear, page),
    paging,
    search,
    textOf: (c) => [c.title, c.catalogueItemName, c.undertakerName, regionName(c.regionCode)],
  });
}

/** Directory entries by name or credit code (with the API's own kind, region and category). */
export function useSearchedDirectory(
  filter: PublicDirectoryFilter,
  paging: Paging,
  search: string,
) {
  return useSearchedPages<PublicDirectoryEntryView>({
    queryKey: ['procurement', 'public-directory', filter],
    fetchPage: (page) =>
      unwrap(
        api.GET('/api/v1/public/procurement/directory', {
          params: { query: { ...filter, ...page } },
        }),
      ),
    paging,
    search,
    textOf: (e) => [e.name, e.creditCode],
  });
}

/** The fiscal years with announcements. */
export function useAnnouncementYears() {
  return useYearOptions(['procurement', 'announcements'], (fiscalYear, paging) =>
    announcementsPage({ fiscalYear }, paging),
  );
}

/** The fiscal years with published contracts. */
export function useContractYears() {
  return useYearOptions(['procurement', 'public-contracts'], contractsPage);
}

/** The fiscal years with catalogue items. */
export function useCatalogueYears() {
  return useYearOptions(['procurement', 'public-catalogue'], (fiscalYear, paging) =>
    unwrap(
      api.GET('/api/v1/public/procurement/catalogue', {
        params: { query: { fiscalYear, ...paging } },
      }),
    ),
  );
}

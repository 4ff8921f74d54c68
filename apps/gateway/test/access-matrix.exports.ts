/**
 * The list exports in the access matrix (issue #18): each `<list>/export.xlsx` is called as every
 * role and must let in exactly whom its list lets in (the list's own case, with the same path and
 * filters, less paging), scoped by the same service call. The awards' tranches export sits beside
 * the awards' list. Public lists' exports need no login, like the lists themselves.
 */
const EXPORTED_LISTS = [
  'GET /api/v1/users',
  'GET /api/v1/organizations',
  'GET /api/v1/finance/payments',
  'GET /api/v1/finance/batches',
  'GET /api/v1/finance/clawbacks',
  'GET /api/v1/lottery/programmes',
  'GET /api/v1/lottery/applications',
  'GET /api/v1/incubation/bases',
  'GET /api/v1/incubation/cohorts',
  'GET /api/v1/incubation/admissions',
  'GET /api/v1/incubation/incubatees',
  'GET /api/v1/incubation/cohorts/{id}/trainings',
  'GET /api/v1/venture/calls',
  'GET /api/v1/venture/proposals',
  'GET /api/v1/venture/reviews',
  'GET /api/v1/venture/reviewers',
  'GET /api/v1/venture/awards',
  'GET /api/v1/procurement/catalogue',
  'GET /api/v1/procurement/directory',
  'GET /api/v1/procurement/projects',
  'GET /api/v1/procurement/projects/{id}/bids',
  'GET /api/v1/procurement/projects/{id}/objections',
  'GET /api/v1/procurement/bids/mine',
  'GET /api/v1/procurement/experts',
  'GET /api/v1/procurement/panel/tasks',
  'GET /api/v1/procurement/contracts',
  'GET /api/v1/procurement/contracts/mine',
  'GET /api/v1/policies',
];

/** Exports of public lists: no login, rate-limited per address (exports.e2e.int-spec.ts). */
export const PUBLIC_EXPORT_ROUTES = [
  'GET /api/v1/public/lottery/notices/export.xlsx',
  'GET /api/v1/public/procurement/catalogue/export.xlsx',
  'GET /api/v1/public/procurement/directory/export.xlsx',
  'GET /api/v1/public/procurement/announcements/export.xlsx',
  'GET /api/v1/public/procurement/results/export.xlsx',
  'GET /api/v1/public/procurement/contracts/export.xlsx',
];

/** The list's path as its export's: `/export.xlsx` (or `/tranches/export.xlsx`), paging dropped. */
function exportPath(listPath: string, suffix: string): string {
  const [base, search = ''] = listPath.split('?');
  const query = new URLSearchParams(search);
  query.delete('page');
  query.delete('pageSize');
  const rest = query.toString();
  return `${base}${suffix}${rest ? `?${rest}` : ''}`;
}

interface ListCase {
  route: string;
  path: (c: never) => string;
  why: string;
}

/** A case for each export, made from its list's case: the same users allowed, hidden, refused. */
export function exportCases<T extends ListCase>(cases: readonly T[]): T[] {
  const suffixes = (route: string) =>
    route === 'GET /api/v1/venture/awards'
      ? ['/export.xlsx', '/tranches/export.xlsx']
      : ['/export.xlsx'];
  return EXPORTED_LISTS.flatMap((route) => {
    const list = cases.find((c) => c.route === route);
    if (!list) throw new Error(`no matrix case for the list ${route}`);
    const listPath = list.path as (c: Parameters<T['path']>[0]) => string;
    return suffixes(route).map(
      (suffix) =>
        ({
          ...list,
          route: `${route}${suffix}`,
          path: (c: Parameters<T['path']>[0]) => exportPath(listPath(c), suffix),
          body: undefined,
          mutates: undefined,
          before: undefined,
          why: `its export, as the list: ${list.why}`,
        }) as T,
    );
  });
}

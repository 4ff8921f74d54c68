/**
 * Lists a page at a time (the platform's rule: every list pages, nothing is cut silently). The
 * API answers a page `{ items, total, page, pageSize }` and takes `page` and `pageSize` (at most
 * MAX_PAGE_SIZE); a list that sorts takes `sort`, a field ascending or `-field` descending.
 */

/** One page of a list, as the API answers it. */
export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** What is asked of a list: a page (1-based), its size and, for a list that sorts, how. */
export interface Paging<S extends string = never> {
  page: number;
  pageSize: number;
  sort?: S;
}

/** The largest page the API gives; a larger one is refused. */
export const MAX_PAGE_SIZE = 200;
/** A table's page unless the user picks another size. */
export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100, MAX_PAGE_SIZE];

/**
 * Reference data a select or a look-up needs whole: the largest page. When the list holds more
 * (see rowsNotShown), the screen says so.
 */
export const LARGEST_PAGE: Paging = { page: 1, pageSize: MAX_PAGE_SIZE };

/** How many rows of a list a page leaves out: 0 when it holds them all (or nothing came yet). */
export function rowsNotShown(list?: { items: readonly unknown[]; total: number }): number {
  return list ? Math.max(0, list.total - list.items.length) : 0;
}

/** The last page of a list of `total` rows (1 when it is empty). */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The part of a table's sorter event that says which column and which way. */
export interface ColumnSort {
  columnKey?: unknown;
  field?: unknown;
  order?: 'ascend' | 'descend' | null;
}

/**
 * The API's sort value for a table sorted by one of `fields` (the column's key names the field):
 * `field` ascending, `-field` descending; none when the sort was cleared or is not the API's.
 */
export function sortValue<F extends string>(
  sorter: ColumnSort | readonly ColumnSort[],
  fields: readonly F[],
): F | `-${F}` | undefined {
  const one: ColumnSort | undefined = Array.isArray(sorter) ? sorter[0] : sorter;
  const key = String(one?.columnKey ?? one?.field ?? '');
  const field = fields.find((f) => f === key);
  if (!one?.order || !field) return undefined;
  return one.order === 'descend' ? `-${field}` : field;
}

/** The order a column shows for the list's sort value (none when it sorts by another). */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

import { lastPage, MAX_PAGE_SIZE, type Paging } from './paging';

/** A page as the API answers it (what this needs of it). */
type Page<T> = { items: T[]; total: number };

/**
 * Every row of a paged list, asked for a largest page at a time until its total: for a list a
 * screen needs whole (a review queue ranked across all of it, a search), so that none is left
 * out. Stops early if the list shrank meanwhile (an empty page).
 */
export async function allPages<T>(
  fetchPage: (paging: Paging) => Promise<Page<T>>,
): Promise<Page<T>> {
  const first = await fetchPage({ page: 1, pageSize: MAX_PAGE_SIZE });
  const items = [...first.items];
  const last = lastPage(first.total, MAX_PAGE_SIZE);
  for (let page = 2; page <= last && items.length < first.total; page += 1) {
    const next = await fetchPage({ page, pageSize: MAX_PAGE_SIZE });
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { items, total: Math.max(first.total, items.length) };
}

import { useSearchParams } from 'react-router-dom';
import type { OrganizationFilters } from './queries';

const KEYS = ['countyCode', 'tier', 'category', 'areaType', 'q'] as const;
const DEFAULT_PAGE_SIZE = 20;

/** The list's filters live in the URL, so a detail page's "back" returns to the same view. */
export function useListFilters() {
  const [params, setParams] = useSearchParams();
  const filters: OrganizationFilters = {
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE,
  };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) Object.assign(filters, { [key]: value });
  }

  /** Changes some filters; any change but the page itself starts again at page 1. */
  const update = (patch: Partial<OrganizationFilters>) => {
    const next: Record<string, unknown> = { ...filters, page: 1, ...patch };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
    }
    setParams(search);
  };
  return { filters, update };
}

import { useCallback } from 'react';
import type { DashboardFilters } from './dashboard-filters';

/** Into an area (rule R1), the other filters kept; the address changes, so Back goes back up. */
export function useDrill(go: (next: Partial<DashboardFilters>) => void): (code: string) => void {
  return useCallback((code: string) => go({ area: code }), [go]);
}

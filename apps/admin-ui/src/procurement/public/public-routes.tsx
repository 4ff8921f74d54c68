import type { RouteObject } from 'react-router-dom';
import { PublicAnnouncementsPage } from './public-announcements-page';
import { PublicContractsPage } from './public-contracts-page';
import { PublicDirectoryPage } from './public-directory-page';
import { PublicResultsPage } from './public-results-page';

/**
 * For anyone, outside the signed-in layout: the directory of undertakers (R24), the purchase
 * announcements, the results with their ranking (R25) and the contracts (Order 102 art. 23).
 */
export const PROCUREMENT_PUBLIC_PAGES: RouteObject[] = [
  { path: '/public/procurement/directory', element: <PublicDirectoryPage /> },
  { path: '/public/procurement/announcements', element: <PublicAnnouncementsPage /> },
  { path: '/public/procurement/results', element: <PublicResultsPage /> },
  { path: '/public/procurement/contracts', element: <PublicContractsPage /> },
];

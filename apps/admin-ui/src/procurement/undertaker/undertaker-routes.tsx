import { Permission } from '@civic/domain/access';
import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../auth/require-permission';
import { UndertakerAnnouncementsPage } from './announcements-page';
import { ContractPage } from './contract-page';
import { ListingPage } from './listing-page';
import { MyBidsPage } from './my-bids-page';
import { MyContractsPage } from './my-contracts-page';
import '../public/public.css';
import './undertaker.css';

/**
 * An undertaker's pages (R24, R25), behind procurement.apply (the API checks again and scopes
 * everything to the applicant's own organization): applying to the directory, the announcements
 * and bidding, its bids, its contracts. Each works on a 390 px phone.
 */
export const UNDERTAKER_ROUTES: RouteObject[] = [
  { path: 'procurement/undertaker/listing', element: <ListingPage /> },
  { path: 'procurement/undertaker/announcements', element: <UndertakerAnnouncementsPage /> },
  { path: 'procurement/undertaker/bids', element: <MyBidsPage /> },
  { path: 'procurement/undertaker/contracts', element: <MyContractsPage /> },
  { path: 'procurement/undertaker/contracts/:id', element: <ContractPage /> },
].map(({ path, element }) => ({
  path,
  element: (
    <RequirePermission permission={Permission.PROCUREMENT_APPLY}>{element}</RequirePermission>
  ),
}));

import { Permission } from '@civic/domain/access';
import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../auth/require-permission';
import { ApplyCallsPage } from './apply/apply-calls-page';
import { ProposalPage } from './apply/proposal-page';
import { CallPage } from './call/call-page';
import { CallsPage } from './calls/calls-page';
import { MyVenturePage } from './mine/my-venture-page';
import { ReviewersPage } from './reviewers/reviewers-page';
import { ReviewsPage } from './reviews/reviews-page';
import './venture.css';

/**
 * The venture philanthropy pages (R17–R19), each behind the permission its API needs (the API
 * checks again): applicants answer calls and follow their proposals and awards, officers run the
 * calls and the reviewer pool, reviewers score what they are assigned.
 */
export const VENTURE_ROUTES: RouteObject[] = [
  { path: 'venture/apply', element: <ApplyCallsPage />, permission: Permission.VENTURE_APPLY },
  {
    path: 'venture/apply/proposal',
    element: <ProposalPage />,
    permission: Permission.VENTURE_APPLY,
  },
  { path: 'venture/mine', element: <MyVenturePage />, permission: Permission.VENTURE_APPLY },
  { path: 'venture/calls', element: <CallsPage />, permission: Permission.VENTURE_MANAGE },
  { path: 'venture/calls/:id', element: <CallPage />, permission: Permission.VENTURE_MANAGE },
  { path: 'venture/reviewers', element: <ReviewersPage />, permission: Permission.VENTURE_MANAGE },
  { path: 'venture/reviews', element: <ReviewsPage />, permission: Permission.VENTURE_REVIEW },
].map(({ path, element, permission }) => ({
  path,
  element: <RequirePermission permission={permission}>{element}</RequirePermission>,
}));

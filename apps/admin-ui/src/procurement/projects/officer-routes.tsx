import { Permission } from '@civic/domain/access';
import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../auth/require-permission';
import { ContractPage } from '../contracts/contract-page';
import { ContractsPage } from '../contracts/contracts-page';
import { DirectoryPage } from '../directory/directory-page';
import { EntryPage } from '../directory/entry-page';
import { ExpertsPage } from '../experts/experts-page';
import { PanelTasksPage } from '../panel/tasks-page';
import { ProjectPage } from './project-page';
import { ProjectsPage } from './projects-page';
import './officer.css';

/**
 * Officers' and reviewers' pages of government purchase (R24, R25, R18), each behind the
 * permission its API needs (the API checks again): the undertaker directory and its entries
 * (procurement-directory.manage); purchase projects from the draft to the award, and the expert
 * pool, contracts and their performance (procurement-purchase.manage); a panel member's bids to
 * score (procurement.evaluate).
 */
export const OFFICER_ROUTES: RouteObject[] = [
  {
    path: 'procurement/directory',
    element: <DirectoryPage />,
    permission: Permission.PROCUREMENT_DIRECTORY_MANAGE,
  },
  {
    path: 'procurement/directory/:id',
    element: <EntryPage />,
    permission: Permission.PROCUREMENT_DIRECTORY_MANAGE,
  },
  {
    path: 'procurement/projects',
    element: <ProjectsPage />,
    permission: Permission.PROCUREMENT_PURCHASE_MANAGE,
  },
  {
    path: 'procurement/projects/:id',
    element: <ProjectPage />,
    permission: Permission.PROCUREMENT_PURCHASE_MANAGE,
  },
  {
    path: 'procurement/contracts',
    element: <ContractsPage />,
    permission: Permission.PROCUREMENT_PURCHASE_MANAGE,
  },
  {
    path: 'procurement/contracts/:id',
    element: <ContractPage />,
    permission: Permission.PROCUREMENT_PURCHASE_MANAGE,
  },
  {
    path: 'procurement/experts',
    element: <ExpertsPage />,
    permission: Permission.PROCUREMENT_PURCHASE_MANAGE,
  },
  {
    path: 'procurement/panel',
    element: <PanelTasksPage />,
    permission: Permission.PROCUREMENT_EVALUATE,
  },
].map(({ path, element, permission }) => ({
  path,
  element: <RequirePermission permission={permission}>{element}</RequirePermission>,
}));

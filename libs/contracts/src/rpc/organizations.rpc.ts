// The organizations service's RPC patterns, each with its request and response.
import type { ListOrganizationsQuery } from '../organizations/list-organizations.query';
import type {
  OrganizationStatsView,
  OrganizationView,
  Page,
  RepublishedView,
  UnmaskedOrganizationContactView,
  UnmaskedResidentIdView,
} from '../organizations/organization.view';
import type { RegisterOrganizationDto } from '../organizations/register-organization.dto';
import type { ResidentIdLookupDto } from '../organizations/resident-id-lookup.dto';
import type { UpdateOrganizationDto } from '../organizations/update-organization.dto';
import type {
  ListPoliciesQuery,
  PoliciesInForceView,
  PolicyDocumentView,
  PolicyInForceQuery,
  ProposePolicyDto,
} from '../policy/policy.dto';
import type { DashboardQuery } from '../dashboards/dashboard.query';
import type { RegistryDashboardView } from '../dashboards/registry-dashboard.view';
import type { ServiceHealth } from './rpc-envelope';
import type { WorkItemView } from '../work/work-item.view';

/** What the organizations service answers over RPC; the gateway and the service compile against it. */
export interface OrganizationsRpc {
  'organizations.register': { request: RegisterOrganizationDto; response: OrganizationView };
  'organizations.update': {
    request: { id: string; changes: UpdateOrganizationDto };
    response: OrganizationView;
  };
  'organizations.get': { request: { id: string }; response: OrganizationView };
  'organizations.list': { request: ListOrganizationsQuery; response: Page<OrganizationView> };
  'organizations.republish-snapshots': {
    request: Record<string, never>;
    response: RepublishedView;
  };
  'organizations.stats': {
    request: { countyCode?: string };
    response: OrganizationStatsView;
  };
  /** The registry dashboard from the registry tally (issue #18); names are the gateway's. */
  'organizations.dashboard': { request: DashboardQuery; response: RegistryDashboardView };
  'organizations.find-by-resident-id': {
    request: ResidentIdLookupDto;
    response: OrganizationView[];
  };
  'organizations.unmask-resident-id': {
    request: { id: string; index: number };
    response: UnmaskedResidentIdView;
  };
  'organizations.unmask-contact': {
    request: { id: string };
    response: UnmaskedOrganizationContactView;
  };
  /** What waits for the actor here, by their roles, permissions and bindings (issue #18). */
  'organizations.work-queue': { request: Record<string, never>; response: WorkItemView[] };
  'organizations.health': { request: Record<string, never>; response: ServiceHealth };
  'organizations.policies.propose': { request: ProposePolicyDto; response: PolicyDocumentView };
  'organizations.policies.decide': {
    request: { id: string; event: 'APPROVE' | 'REJECT' | 'WITHDRAW'; note?: string };
    response: PolicyDocumentView;
  };
  'organizations.policies.list': {
    request: ListPoliciesQuery;
    response: Page<PolicyDocumentView>;
  };
  'organizations.policies.get': { request: { id: string }; response: PolicyDocumentView };
  'organizations.policies.in-force': {
    request: PolicyInForceQuery & { public?: boolean };
    response: PoliciesInForceView;
  };
}

export { OrganizationSnapshot } from './organization-snapshot.entity';
export {
  keepOrganizationSnapshot,
  knownOrganization,
  organizationNotKnownYet,
  organizationSnapshots,
  ORGANIZATION_SNAPSHOT_HANDLERS,
} from './organization-snapshots';

export { OrganizationSnapshot } from './organization-snapshot.entity';
export {
  custodianOf,
  keepOrganizationSnapshot,
  knownOrganization,
  organizationNotKnownYet,
  organizationSnapshots,
  ORGANIZATION_SNAPSHOT_HANDLERS,
} from './organization-snapshots';

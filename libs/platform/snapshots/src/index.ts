export { OrganizationSnapshot } from './organization-snapshot.entity';
export {
  custodianOf,
  keepOrganizationSnapshot,
  knownOrganization,
  ORGANIZATION_SNAPSHOT_HANDLERS,
} from './organization-snapshots';

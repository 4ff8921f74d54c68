export { OrganizationSnapshot } from './organization-snapshot.entity';
export {
  keepOrganizationSnapshot,
  knownOrganization,
  ORGANIZATION_SNAPSHOT_HANDLERS,
} from './organization-snapshots';

export { OrganizationSnapshot } from './organization-snapshot.entity';
export {
  keepOrganizationSnapshot,
  knownOrganization,
  organizationNotKnownYet,
  organizationSnapshots,
  organizationSnapshotHandlers,
} from './organization-snapshots';
export {
  openCustodianAccount,
  sealSnapshot,
  type StoredCustodianSnapshot,
  type StoredOrganizationSnapshot,
} from './sealed-custodian';
export { sealStoredSnapshotCustodians } from './seal-stored-snapshots';

import { OrganizationSnapshotV1 } from './organization-snapshot.v1';

/** `organizations.organization-changed.v1`: an organization's registry record changed. */
export class OrganizationChangedV1 extends OrganizationSnapshotV1 {}

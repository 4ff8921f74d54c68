import { OrganizationSnapshotV2 } from './organization-snapshot.v2';

/** `organizations.organization-registered.v2`: a new organization entered the registry (R30: custodian account sealed). */
export class OrganizationRegisteredV2 extends OrganizationSnapshotV2 {}

import { OrganizationSnapshotV2 } from './organization-snapshot.v2';

/** `organizations.organization-changed.v2`: an organization's registry record changed (R30: custodian account sealed). */
export class OrganizationChangedV2 extends OrganizationSnapshotV2 {}

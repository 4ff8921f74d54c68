import { OrganizationSnapshotV1 } from './organization-snapshot.v1';

/** `organizations.organization-registered.v1`: a new organization entered the registry. */
export class OrganizationRegisteredV1 extends OrganizationSnapshotV1 {}

import type { OrganizationSnapshotV1, OrganizationSnapshotV2 } from '@civic/contracts';
import type { HandlerContext } from '@civic/platform/messaging';
import type { PersonalDataCipher } from '@civic/platform/pii';
import { ServiceError } from '@civic/platform/rpc';
import type { EntityManager } from 'typeorm';
import { OrganizationSnapshot } from './organization-snapshot.entity';
import { sealSnapshot, type StoredOrganizationSnapshot } from './sealed-custodian';

/**
 * Keep an organization's snapshot from an `organization-registered/changed` event, in the inbox
 * transaction: only a newer version replaces the one held, whatever order events arrive in (and a
 * republished snapshot changes nothing). The custodian's account number is stored sealed (R30):
 * as it arrived in v2, sealed here from v1.
 */
export async function keepOrganizationSnapshot(
  snapshot: OrganizationSnapshotV1 | OrganizationSnapshotV2,
  { manager }: Pick<HandlerContext, 'manager'>,
  cipher: PersonalDataCipher,
): Promise<void> {
  const table = manager.connection.getMetadata(OrganizationSnapshot).tablePath;
  await manager.query(
    `INSERT INTO ${quoted(table)} (organization_id, version, data, received_at)
     VALUES ($1, $2, $3, now())
     ON CONFLICT (organization_id) DO UPDATE
        SET version = EXCLUDED.version, data = EXCLUDED.data, received_at = now()
      WHERE organization_snapshot.version < EXCLUDED.version`,
    [snapshot.organizationId, snapshot.version, JSON.stringify(sealSnapshot(cipher, snapshot))],
  );
}

/**
 * The inbox handlers that keep snapshots, for the service's binding: v2 as the registry publishes
 * them, v1 still taken (messages in flight when it was deployed), sealed with the service's cipher.
 */
export function organizationSnapshotHandlers(cipher: PersonalDataCipher) {
  const keep = (
    snapshot: OrganizationSnapshotV1 | OrganizationSnapshotV2,
    context: HandlerContext,
  ) => keepOrganizationSnapshot(snapshot, context, cipher);
  return {
    'organizations.organization-registered.v1': keep,
    'organizations.organization-changed.v1': keep,
    'organizations.organization-registered.v2': keep,
    'organizations.organization-changed.v2': keep,
  } as const;
}

/**
 * The snapshot this service holds of an organization, or 409 ORGANIZATION_NOT_KNOWN_YET: it is
 * registered, but its event has not arrived yet (or the service missed it: see
 * `POST /v1/organizations/snapshots/republish`).
 */
export async function knownOrganization(
  manager: EntityManager,
  organizationId: string,
  serviceZh: string,
): Promise<StoredOrganizationSnapshot> {
  const snapshot = await manager.findOneBy(OrganizationSnapshot, { organizationId });
  if (snapshot) return snapshot.data;
  throw organizationNotKnownYet(organizationId, serviceZh);
}

/**
 * The snapshots this service holds of several organizations, in one read, by organization id;
 * an organization not known yet is missing from the map (answer it `organizationNotKnownYet`).
 */
export async function organizationSnapshots(
  manager: EntityManager,
  organizationIds: readonly string[],
): Promise<Map<string, StoredOrganizationSnapshot>> {
  const table = manager.connection.getMetadata(OrganizationSnapshot).tablePath;
  const rows: { organization_id: string; data: StoredOrganizationSnapshot }[] = await manager.query(
    `SELECT organization_id, data FROM ${quoted(table)} WHERE organization_id = ANY($1::uuid[])`,
    [[...new Set(organizationIds)]],
  );
  return new Map(rows.map((row) => [row.organization_id, row.data]));
}

/** 409 ORGANIZATION_NOT_KNOWN_YET: registered, but its event has not reached this service yet. */
export function organizationNotKnownYet(organizationId: string, serviceZh: string): ServiceError {
  return new ServiceError(
    409,
    'ORGANIZATION_NOT_KNOWN_YET',
    `organization ${organizationId} has not reached this service from the registry yet; try again shortly`,
    undefined,
    `本组织的登记信息尚未同步到${serviceZh}，请稍后再试`,
  );
}

function quoted(tablePath: string): string {
  return tablePath
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}

import type { CommitmentRecipientV2 } from '@civic/contracts';
import { isPartyLed } from '@civic/domain/organizations';
import { OrganizationSnapshot, type StoredOrganizationSnapshot } from '@civic/platform/snapshots';
import type { EntityManager } from 'typeorm';

/**
 * The recipient of a commitment as finance's funding tally counts it (issue #18), from the
 * programme's snapshot of the organization at the time of asking: its street and county (R1), rural
 * or urban (R8, R14), category and government functions (R12), Party-led as the registry computes
 * it (R10). Without a snapshot (a payee outside the registry), null: finance counts "area unknown".
 */
export function recipientOf(
  snapshot: StoredOrganizationSnapshot | undefined,
): CommitmentRecipientV2 | null {
  if (!snapshot) return null;
  return {
    streetCode: snapshot.streetCode,
    countyCode: snapshot.countyCode,
    areaType: snapshot.areaType,
    category: snapshot.category,
    partyLed: isPartyLed(snapshot),
    takesGovernmentFunctions: snapshot.takesGovernmentFunctions,
  };
}

/** The recipient of a commitment to an organization, from this service's snapshot of it. */
export async function recipientFor(
  manager: EntityManager,
  organizationId: string,
): Promise<CommitmentRecipientV2 | null> {
  const snapshot = await manager.findOneBy(OrganizationSnapshot, { organizationId });
  return recipientOf(snapshot?.data);
}

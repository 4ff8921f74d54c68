import type { LeaderDto, LeaderView } from '@civic/contracts';
import { normalizeResidentId } from '@civic/domain/identifiers';

/** A resident ID number at rest (R30): AES-GCM ciphertext, keyed hash for look-up, masked form. */
export interface SealedResidentId {
  cipher: string;
  hash: string;
  masked: string;
}

export interface StoredLeader {
  name: string;
  role: string;
  isPartyMember: boolean;
  residentId?: SealedResidentId;
}

export type Sealer = (plain: string) => SealedResidentId;

/**
 * Seals the form's leaders for storage. A leader sent without an ID number keeps the one already
 * on file under the same name: clients only ever see the masked number, so cannot send it back.
 */
export function sealLeaders(
  incoming: readonly LeaderDto[],
  previous: readonly StoredLeader[],
  seal: Sealer,
): StoredLeader[] {
  return incoming.map(({ name, role, isPartyMember, residentId }) => {
    const kept = previous.find((p) => p.name === name)?.residentId;
    const sealed = residentId ? seal(normalizeResidentId(residentId)) : kept;
    return { name, role, isPartyMember, ...(sealed ? { residentId: sealed } : {}) };
  });
}

/** Leaders as the registration form has them: never with the ID number. */
export function leaderForms(stored: readonly StoredLeader[]): LeaderDto[] {
  return stored.map(({ name, role, isPartyMember }) => ({ name, role, isPartyMember }));
}

/** Leaders as the API shows them: the ID number masked (R30). */
export function leaderViews(stored: readonly StoredLeader[]): LeaderView[] {
  return stored.map(({ name, role, isPartyMember, residentId }) => ({
    name,
    role,
    isPartyMember,
    ...(residentId ? { residentIdMasked: residentId.masked } : {}),
  }));
}

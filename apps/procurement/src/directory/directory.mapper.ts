import type { DirectoryEntryView, PublicDirectoryEntryView } from '@civic/contracts';
import type { DirectoryEntry } from './directory-entry.entity';

/**
 * An entry as officers and its own organization see it (R24): the resident ID number and the
 * phone masked (R30), never the sealed tokens.
 */
export function directoryEntryView(e: DirectoryEntry): DirectoryEntryView {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    organizationId: e.organizationId,
    creditCode: e.creditCode,
    residentIdMasked: e.residentIdMasked,
    serviceAreas: e.serviceAreas,
    serviceCategories: e.serviceCategories,
    contactName: e.contactName,
    contactPhone: e.contactPhoneMasked,
    status: e.status,
    statusReason: e.statusReason,
    decidedAt: e.decidedAt?.toISOString() ?? null,
    listedAt: e.listedAt?.toISOString() ?? null,
    performance: e.performance,
    appliedAt: e.appliedAt.toISOString(),
  };
}

/**
 * A listed entry as the public reads it (R24): who, where, what and how it performed; no resident
 * ID, no contact (R30).
 */
export function publicDirectoryEntryView(e: DirectoryEntry): PublicDirectoryEntryView {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    creditCode: e.creditCode,
    serviceAreas: e.serviceAreas,
    serviceCategories: e.serviceCategories,
    // Only LISTED entries are published, and listing stamps listedAt.
    listedAt: (e.listedAt ?? e.appliedAt).toISOString(),
    performance: e.performance,
  };
}

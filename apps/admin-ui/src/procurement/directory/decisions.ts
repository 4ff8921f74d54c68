import type { DirectoryDecision, DirectoryEntryView } from './directory-types';

/** The decisions an entry's status allows (R24): pending → listed or refused; listed → removed. */
export function decisionsFor(entry: Pick<DirectoryEntryView, 'status'>): DirectoryDecision[] {
  if (entry.status === 'PENDING') return ['LISTED', 'REFUSED'];
  if (entry.status === 'LISTED') return ['REMOVED'];
  return [];
}

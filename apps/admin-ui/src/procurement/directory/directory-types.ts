// The undertaker directory's shapes (R24; Order 102 art. 6–8, R25), from the generated schema.
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type DirectoryEntryView = Schemas['DirectoryEntryView'];
export type ApplyDirectoryEntryDto = Schemas['ApplyDirectoryEntryDto'];
export type DecideDirectoryEntryDto = Schemas['DecideDirectoryEntryDto'];
export type PerformanceRecordView = Schemas['PerformanceRecordView'];
export type UndertakerKind = Schemas['UndertakerKind'];
export type DirectoryStatus = Schemas['DirectoryStatus'];
export type DirectoryDecision = Schemas['DirectoryDecision'];

/** What officers filter the directory by: a kind, a status, a region served. */
export interface DirectoryFilter {
  kind?: UndertakerKind;
  status?: DirectoryStatus;
  regionCode?: string;
}

/**
 * Every kind of undertaker Order 102 names (art. 6; a category-1 public institution, art. 8, is
 * offered too: the API refuses it and says why), in the order the directory offers them. The
 * Record makes the list follow the API's enum: a kind added there fails the type check here.
 */
const KINDS: Record<UndertakerKind, true> = {
  SOCIAL_ORGANIZATION: true,
  COMPANY: true,
  PUBLIC_INSTITUTION_CATEGORY_2: true,
  RURAL_COLLECTIVE: true,
  GRASSROOTS_SELF_GOVERNING: true,
  INDIVIDUAL: true,
  PUBLIC_INSTITUTION_CATEGORY_1: true,
};
export const UNDERTAKER_KINDS = Object.keys(KINDS) as UndertakerKind[];

/** Each status's colour; also the list of statuses, in the order an entry moves (R24). */
export const DIRECTORY_STATUS_COLORS: Record<DirectoryStatus, string> = {
  PENDING: 'gold',
  LISTED: 'success',
  REFUSED: 'error',
  REMOVED: 'default',
};
export const DIRECTORY_STATUSES = Object.keys(DIRECTORY_STATUS_COLORS) as DirectoryStatus[];

import { IMPORT_COLUMNS, type ImportColumn } from './import-columns';

// Finding a template column (import-columns.ts) by the registration field a violation names, or by
// the header a workbook carries.

/** The location's codes, derived from the community code or the names (see import-rows.ts). */
export const LOCATION_FIELDS = {
  countyCode: 'location.countyCode',
  streetCode: 'location.streetCode',
} as const;

/** The column of a registration field (`leaders.0.name`, `location.countyCode`), if any. */
export function columnOfField(field: string): ImportColumn | undefined {
  const exact = IMPORT_COLUMNS.find((c) => c.field === field);
  if (exact) return exact;
  if (field === LOCATION_FIELDS.countyCode) return byKey('countyName');
  if (field === LOCATION_FIELDS.streetCode) return byKey('streetName');
  if (field === 'location') return byKey('communityCode');
  if (field === 'postalAddress') return byKey('address');
  if (field === 'leaders' || field.startsWith('leaders.')) return byKey('leaderName');
  if (field.startsWith('memberOrganizationIds')) return byKey('memberOrganizationIds');
  if (field === 'financialCustodian') return byKey('custodianName');
  return IMPORT_COLUMNS.find((c) => field.startsWith(`${c.field}.`));
}

function byKey(key: string): ImportColumn {
  const column = IMPORT_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`no import column ${key}`);
  return column;
}

/** A header as written, compared without spaces, a required mark (*) or the case of Latin letters. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\s*＊]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .toLowerCase();
}

const BY_HEADER = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) =>
    [column.header, ...(column.aliases ?? [])].map((h) => [normalizeHeader(h), column] as const),
  ),
);

/** The column a header names, or undefined (a column the import ignores: 管理层级, 错误, …). */
export function columnOfHeader(header: string): ImportColumn | undefined {
  return BY_HEADER.get(normalizeHeader(header));
}

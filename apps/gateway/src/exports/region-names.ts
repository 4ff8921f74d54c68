import { Divisions } from '../divisions/divisions';
import type { ExportLanguage } from './export-column';
import type { FilterWords } from './export-filter';

const PROVINCES: Readonly<Record<string, string>> = { '45': '广西壮族自治区' };

let names: Map<string, string> | undefined;

/** Every county, street and city of the divisions file by its code, built once. */
function table(): Map<string, string> {
  if (names) return names;
  const divisions = Divisions.load();
  names = new Map();
  for (const county of divisions.counties) {
    names.set(county.code, county.name);
    names.set(`${county.code.slice(0, 4)}00`, county.cityName);
    for (const street of divisions.streets(county.code)) names.set(street.code, street.name);
  }
  return names;
}

/**
 * A region code (province `450000`, city `450100`, county `450103`, street `450103001`) as its
 * name, for an export's cells and filter line (R1): `青秀区`; a code the divisions file does not
 * hold stays a code, never an empty cell.
 */
export function regionName(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  if (/^\d{2}0000$/.test(code)) return PROVINCES[code.slice(0, 2)] ?? code;
  return table().get(code) ?? code;
}

/** A region in a filter line: its name and, in English (the names are Chinese), its code. */
export function regionWords(code: unknown, lang: ExportLanguage): string {
  const name = regionName(String(code)) ?? String(code);
  return lang === 'en' && name !== code ? `${name} (${String(code)})` : name;
}

/** A filter by region, worded by the region's name. */
export const regionFilter = (zh: string, en: string): FilterWords => ({
  name: { zh, en },
  describe: regionWords,
});

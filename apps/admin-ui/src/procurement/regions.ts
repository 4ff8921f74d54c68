import type { CountyView } from '../api/types';

/**
 * The regions a catalogue belongs to (R24): the autonomous region, its prefecture-level cities and
 * their counties, by 6-digit division code. The province and its 14 cities are fixed here; the
 * counties come from the divisions API (signed-in users only).
 */
export interface Region {
  code: string;
  name: string;
}

export const GUANGXI: Region = { code: '450000', name: '广西壮族自治区' };

export const GUANGXI_CITIES: readonly Region[] = [
  { code: '450100', name: '南宁市' },
  { code: '450200', name: '柳州市' },
  { code: '450300', name: '桂林市' },
  { code: '450400', name: '梧州市' },
  { code: '450500', name: '北海市' },
  { code: '450600', name: '防城港市' },
  { code: '450700', name: '钦州市' },
  { code: '450800', name: '贵港市' },
  { code: '450900', name: '玉林市' },
  { code: '451000', name: '百色市' },
  { code: '451100', name: '贺州市' },
  { code: '451200', name: '河池市' },
  { code: '451300', name: '来宾市' },
  { code: '451400', name: '崇左市' },
];

/** The level of a division code: 450000 a province, 450100 a city, 450103 a county. */
export function regionLevel(code: string): 'province' | 'city' | 'county' {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'city' : 'county';
}

/**
 * A region's name: the province's or a city's, a county's with its city where the counties are
 * known. A county not known (the public page cannot read the divisions API) shows its city and
 * its code; a code outside Guangxi shows the code.
 */
export function regionName(code: string, counties: readonly CountyView[] = []): string {
  if (code === GUANGXI.code) return GUANGXI.name;
  const city = GUANGXI_CITIES.find((c) => c.code === `${code.slice(0, 4)}00`);
  if (regionLevel(code) === 'city') return city?.name ?? code;
  const county = counties.find((c) => c.code === code);
  if (county) return `${county.cityName}${county.name}`;
  return city ? `${city.name}（${code}）` : code;
}

/** The regions to pick from, grouped by level; the counties where known. */
export function regionOptions(
  labels: { province: string; city: string; county: string },
  counties: readonly CountyView[] = [],
) {
  const option = (r: Region) => ({ value: r.code, label: r.name });
  const groups = [
    { label: labels.province, title: labels.province, options: [option(GUANGXI)] },
    { label: labels.city, title: labels.city, options: GUANGXI_CITIES.map(option) },
  ];
  if (counties.length === 0) return groups;
  return [
    ...groups,
    {
      label: labels.county,
      title: labels.county,
      options: counties.map((c) => ({ value: c.code, label: `${c.cityName}${c.name}` })),
    },
  ];
}

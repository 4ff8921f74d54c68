import { namePathOf } from '../src/common/form-violations';
import {
  CATALOGUE_MAPPING,
  toCatalogueDto,
  type CatalogueFormValues,
} from '../src/procurement/catalogue/catalogue-values';
import { regionLevel, regionName, regionOptions } from '../src/procurement/regions';

// Pure parts of the government purchase of services pages (R24, R25, R26).

const VALUES: CatalogueFormValues = {
  regionCode: '450000',
  fiscalYear: 2026,
  category1: ' 基本公共服务 ',
  category2: '养老服务',
  category3: ' 居家养老服务',
  name: ' 居家养老上门探访服务 ',
  description: '每月两次上门探访\n',
  unit: ' 人次 ',
  referencePriceYuan: '80.5',
  stable: true,
};

describe('the catalogue item body (R24, R26)', () => {
  it('sends the category levels typed, trimmed, and the price in yuan as integer fen', () => {
    expect(toCatalogueDto(VALUES)).toEqual({
      regionCode: '450000',
      fiscalYear: 2026,
      categories: ['基本公共服务', '养老服务', '居家养老服务'],
      name: '居家养老上门探访服务',
      description: '每月两次上门探访',
      unit: '人次',
      referencePriceFen: 8_050,
      stable: true,
    });
  });

  it('stops at the first level left empty, and sends no price when none is typed', () => {
    const dto = toCatalogueDto({
      ...VALUES,
      category2: ' ',
      category3: '居家养老服务',
      referencePriceYuan: '',
      stable: undefined,
    });
    expect(dto.categories).toEqual(['基本公共服务']);
    expect(dto).not.toHaveProperty('referencePriceFen');
    expect(dto.stable).toBe(false);
    expect(toCatalogueDto({ ...VALUES, referencePriceYuan: '0' }).referencePriceFen).toBe(0);
  });

  it("shows a category level's or the price's violation on its own field", () => {
    expect(namePathOf('categories.1', CATALOGUE_MAPPING)).toEqual(['category2']);
    expect(namePathOf('referencePriceFen', CATALOGUE_MAPPING)).toEqual(['referencePriceYuan']);
    expect(namePathOf('description', CATALOGUE_MAPPING)).toEqual(['description']);
  });
});

describe('regions of a catalogue (R24)', () => {
  const counties = [{ code: '450103', name: '青秀区', cityName: '南宁市' }];

  it('knows the level of a division code', () => {
    expect(regionLevel('450000')).toBe('province');
    expect(regionLevel('450100')).toBe('city');
    expect(regionLevel('450103')).toBe('county');
  });

  it('names the province, its cities, and counties where known', () => {
    expect(regionName('450000')).toBe('广西壮族自治区');
    expect(regionName('451400')).toBe('崇左市');
    expect(regionName('450103', counties)).toBe('南宁市青秀区');
    expect(regionName('450125')).toBe('南宁市（450125）');
    expect(regionName('110000')).toBe('110000');
  });

  it('offers the counties as a third group only where they are known', () => {
    const labels = { province: 'P', city: 'C', county: 'X' };
    expect(regionOptions(labels).map((g) => g.label)).toEqual(['P', 'C']);
    const all = regionOptions(labels, counties);
    expect(all.map((g) => g.options.length)).toEqual([1, 14, 1]);
  });
});

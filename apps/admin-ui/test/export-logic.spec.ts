import { exportQuery, fileNameOf } from '../src/common/export-download';

describe('the export button: what it asks for (issue #18)', () => {
  it("sends the list's filters without its paging or empty ones, in the UI's language", () => {
    const filters = { page: 3, pageSize: 50, tier: 'REGISTERED', q: '', countyCode: undefined };
    expect(exportQuery(filters, 'zh-CN')).toEqual({ tier: 'REGISTERED', lang: 'zh-CN' });
    expect(exportQuery({ fiscalYear: 2026, status: null }, 'en')).toEqual({
      fiscalYear: 2026,
      lang: 'en',
    });
    expect(exportQuery(undefined, 'en')).toEqual({ lang: 'en' });
  });

  it('saves under the name the gateway gives, else a fallback', () => {
    const disposition = 'attachment; filename="organizations-202611251403.xlsx"';
    expect(fileNameOf(disposition, 'x.xlsx')).toBe('organizations-202611251403.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''%E5%90%8D%E5%BD%95.xlsx", 'x')).toBe(
      '名录.xlsx',
    );
    expect(fileNameOf(null, 'organizations.xlsx')).toBe('organizations.xlsx');
  });
});

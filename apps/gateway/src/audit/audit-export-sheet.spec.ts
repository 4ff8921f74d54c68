import type { AuditEntryView } from '@civic/contracts';
import { auditRow, beijingTimeText, filterText, titleRows } from './audit-export-sheet';

const ENTRY: AuditEntryView = {
  seq: 42,
  occurredAt: '2026-03-01T16:00:00.000Z',
  actorId: 'u-1',
  actorName: '=HYPERLINK("http://evil.example")',
  actorRoles: ['administrator', 'programme_officer'],
  action: 'tier.decided',
  entityType: 'organization',
  entityId: '-2+3',
  before: { tier: 'FILING' },
  after: null,
  hash: 'a'.repeat(64),
};

describe('the audit export sheet (R31, issue #18)', () => {
  it('writes times in Beijing time', () => {
    expect(beijingTimeText(new Date('2026-03-01T16:00:00.000Z'))).toBe('2026-03-02 00:00:00');
    expect(beijingTimeText(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12-31 23:59:59');
  });

  it('names the filters in Chinese, or says there were none', () => {
    expect(filterText({})).toBe('全部记录');
    expect(
      filterText({
        entityType: 'organization',
        entityId: 'o-1',
        action: 'tier.*',
        to: '2026-03-31',
      }),
    ).toBe('主体类型=organization；主体编号=o-1；操作=tier.*；日期=不限 至 2026-03-31');
  });

  it('heads the sheet with the service, the filters and the time of export', () => {
    const at = new Date('2026-03-01T04:05:06.000Z');
    expect(titleRows('lottery-fund', { actor: 'admin' }, at, 7)).toEqual([
      '审计日志：彩票公益金资助（lottery-fund）',
      '筛选条件：操作人=admin',
      '导出时间：2026-03-01 12:05:06（北京时间）',
      '共 7 条，按序号从新到旧',
    ]);
  });

  it('keeps seq a number and escapes text a spreadsheet would run (issue #15)', () => {
    const row = auditRow(ENTRY);
    expect(row[0]).toBe(42);
    expect(row[1]).toBe('2026-03-02 00:00:00');
    expect(row[3]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(row[4]).toBe('administrator、programme_officer');
    expect(row[7]).toBe("'-2+3");
    expect(row[8]).toBe('{"tier":"FILING"}');
    expect(row[9]).toBe('');
    expect(row[10]).toBe('');
  });

  it('cuts a state too long for an Excel cell, saying how long it was', () => {
    const long = { ...ENTRY, after: { text: 'x'.repeat(40_000) } };
    const cell = String(auditRow(long)[9]);
    expect(cell.length).toBeLessThan(32_767);
    expect(cell).toMatch(/…（已截断，共 40011 个字符）$/);
  });
});

import { PAYMENT_STATUS_LABELS_EN, PAYMENT_STATUS_LABELS_ZH } from '@civic/contracts';
import { beijingTimeText, beijingWallClock, cellOf, FORMATS } from './export-cells';
import { columnsOf, labels } from './export-column';

interface Row {
  name: string;
  fen: number;
  count: number;
  at: string;
  day: string;
  status: string;
  groups: string[];
  ok: boolean;
}

const ROW: Row = {
  name: '青秀区邻里互助会',
  fen: 1_234_567,
  count: 12,
  at: '2026-11-25T06:03:22.000Z',
  day: '2026-07-01',
  status: 'SETTLED',
  groups: ['SETTLED', 'FAILED'],
  ok: true,
};

const c = columnsOf<Row>();
const STATUS = labels(PAYMENT_STATUS_LABELS_ZH, PAYMENT_STATUS_LABELS_EN);

describe('export cells (issue #18)', () => {
  it('R26: yuan is a number of yuan (fen / 100) in a #,##0.00 format, so Excel sums it', () => {
    const cell = cellOf(
      c.yuan('金额（元）', 'Amount', (r) => r.fen),
      ROW,
      'zh-CN',
    );
    expect(cell).toEqual({ value: 12345.67, numFmt: '#,##0.00' });
    expect(typeof cell.value).toBe('number');
    expect(
      cellOf(
        c.yuan('金额', 'Amount', () => -5),
        ROW,
        'en',
      ).value,
    ).toBe(-0.05);
    expect(
      cellOf(
        c.yuan('金额', 'Amount', () => 0),
        ROW,
        'en',
      ).value,
    ).toBe(0);
  });

  it('R26: a fen that is not an integer is refused, naming the column, not written wrong', () => {
    expect(() =>
      cellOf(
        c.yuan('金额（元）', 'Amount', () => 12.5),
        ROW,
        'zh-CN',
      ),
    ).toThrow(/金额（元）.*R26/);
  });

  it('a missing amount, date or label is an empty cell, never 0 or "undefined"', () => {
    expect(
      cellOf(
        c.yuan('金额', 'Amount', () => null),
        ROW,
        'zh-CN',
      ),
    ).toEqual({ value: null });
    expect(
      cellOf(
        c.date('时间', 'At', () => undefined),
        ROW,
        'zh-CN',
      ),
    ).toEqual({ value: null });
    expect(
      cellOf(
        c.enum('状态', 'Status', STATUS, () => null),
        ROW,
        'zh-CN',
      ),
    ).toEqual({
      value: null,
    });
    expect(
      cellOf(
        c.text('名称', 'Name', () => ''),
        ROW,
        'zh-CN',
      ),
    ).toEqual({ value: null });
  });

  it('integers keep a number format', () => {
    expect(
      cellOf(
        c.integer('数', 'Count', (r) => r.count),
        ROW,
        'zh-CN',
      ),
    ).toEqual({
      value: 12,
      numFmt: FORMATS.integer,
    });
  });

  it('enum: the label from libs/domain in the export language, never the code', () => {
    const column = c.enum('状态', 'Status', STATUS, (r) => r.status);
    expect(cellOf(column, ROW, 'zh-CN').value).toBe('已到账');
    expect(cellOf(column, ROW, 'en').value).toBe('Settled');
    const list = c.enum('状态', 'Status', STATUS, (r) => r.groups);
    expect(cellOf(list, ROW, 'zh-CN').value).toBe('已到账、失败');
    expect(cellOf(list, ROW, 'en').value).toBe('Settled, Failed');
  });

  it('date: an instant is a real date cell showing Beijing time (UTC+8)', () => {
    const cell = cellOf(
      c.date('时间', 'At', (r) => r.at),
      ROW,
      'zh-CN',
    );
    expect(cell.value).toBeInstanceOf(Date);
    // 06:03:22 UTC is 14:03:22 in Beijing; the cell's (zone-less) fields read 14:03:22.
    expect((cell.value as Date).toISOString()).toBe('2026-11-25T14:03:22.000Z');
    expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    // 20:00 UTC is already the next day in Beijing.
    const late = cellOf(
      c.date('时间', 'At', () => '2026-12-31T20:00:00Z'),
      ROW,
      'zh-CN',
    );
    expect((late.value as Date).toISOString().slice(0, 10)).toBe('2027-01-01');
  });

  it('date: a calendar day stays that day, not shifted', () => {
    const cell = cellOf(
      c.date('开始日期', 'Starts', (r) => r.day),
      ROW,
      'zh-CN',
    );
    expect((cell.value as Date).toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    expect(() =>
      cellOf(
        c.date('时间', 'At', () => 'soon'),
        ROW,
        'zh-CN',
      ),
    ).toThrow(/时间/);
  });

  it('boolean: 是/否 in Chinese, Yes/No in English', () => {
    const column = c.boolean('农村', 'Rural', (r) => r.ok);
    expect(cellOf(column, ROW, 'zh-CN').value).toBe('是');
    expect(cellOf(column, ROW, 'en').value).toBe('Yes');
    expect(
      cellOf(
        c.boolean('农村', 'Rural', () => false),
        ROW,
        'zh-CN',
      ).value,
    ).toBe('否');
  });

  it.each(["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1'])(
    'issue #15: text starting a formula (%j) is escaped with a leading quote',
    (hostile) => {
      const cell = cellOf(
        c.text('名称', 'Name', () => hostile),
        ROW,
        'zh-CN',
      );
      expect(cell.value).toBe(`'${hostile}`);
    },
  );

  it('issue #15: a label is escaped too, and plain text and numbers pass unchanged', () => {
    const hostile = labels({ X: '=1+1' }, { X: '=1+1' });
    expect(
      cellOf(
        c.enum('状态', 'Status', hostile, () => 'X'),
        ROW,
        'zh-CN',
      ).value,
    ).toBe("'=1+1");
    expect(
      cellOf(
        c.text('名称', 'Name', (r) => r.name),
        ROW,
        'zh-CN',
      ).value,
    ).toBe(ROW.name);
    expect(
      cellOf(
        c.text('年度', 'Year', () => 2026),
        ROW,
        'zh-CN',
      ).value,
    ).toBe(2026);
  });

  it('Beijing time in words, whatever the server zone', () => {
    const at = new Date('2026-11-25T06:03:22Z');
    expect(beijingTimeText(at)).toBe('2026-11-25 14:03:22');
    expect(beijingWallClock(at).getUTCHours()).toBe(14);
  });
});

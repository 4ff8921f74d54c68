import { ORGANIZATION_IMPORT_LIMITS } from '@civic/contracts';
import type ExcelJS from 'exceljs';
import { excel } from '../../exports/excel';
import { IMPORT_COLUMNS } from './import-columns';

/** The template's header row: as the export's, below a title and two lines of guidance. */
export const TEMPLATE_HEADER_ROW = 4;
const OPTIONS_SHEET = '可选值';

/** exceljs keeps a sheet's data validations by range; its typings leave the collection out. */
function validations(sheet: ExcelJS.Worksheet) {
  return (
    sheet as unknown as {
      dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
    }
  ).dataValidations;
}

/** A1-style column letters of a 1-based column number. */
function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) {
    out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  }
  return out;
}

/**
 * The import template (issue #18), Chinese: a title and guidance, the header row (the export's
 * headers first, required columns marked in colour), one example row (the demo street's
 * community), and under each column whose cell is a code a drop-down of its labels, kept on a
 * hidden sheet (类别, 城乡, 组织形式, 服务领域, 出资方式, 合办方, 创办人背景, the banks, 是/否).
 * Codes that are digits (USCC, resident ID, phone, postcode) are text cells, so Excel keeps them.
 */
export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = 'civic-grants';
  const sheet = workbook.addWorksheet('组织导入', {
    views: [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW }],
  });
  const options = workbook.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ width: c.width ?? 12 }));
  sheet.getCell('A1').value = '社区社会组织批量导入模板';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value =
    '填写说明：橙色表头为必填列；带下拉的列请从列表中选择；服务对象、活动月份可填多个，用顿号分隔；' +
    '注册资金以元为单位（R26）；填写 12 位社区（村）代码，或区县、街道（乡镇）、社区（村）名称。';
  sheet.getCell('A3').value =
    `第 ${TEMPLATE_HEADER_ROW + 1} 行为示例，导入前请改写或删除；每个文件最多 ` +
    `${ORGANIZATION_IMPORT_LIMITS.maxRows} 个组织，有错误的行不会保存，可下载错误报告修改后重新导入。`;
  const header = sheet.getRow(TEMPLATE_HEADER_ROW);
  const example = sheet.getRow(TEMPLATE_HEADER_ROW + 1);
  const first = TEMPLATE_HEADER_ROW + 1;
  const last = TEMPLATE_HEADER_ROW + ORGANIZATION_IMPORT_LIMITS.maxRows;
  let optionColumn = 0;
  IMPORT_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: column.required ? 'FFFFD591' : 'FFF0F0F0' },
    };
    if (column.example !== undefined) example.getCell(i + 1).value = column.example;
    const col = letters(i + 1);
    if (column.kind === 'code') sheet.getColumn(i + 1).numFmt = '@';
    if (column.kind === 'enum' || column.kind === 'boolean') {
      optionColumn += 1;
      const labels = Object.values(column.options!.zh);
      const optionCol = letters(optionColumn);
      options.getCell(`${optionCol}1`).value = column.header;
      labels.forEach((label, k) => (options.getCell(`${optionCol}${k + 2}`).value = label));
      validations(sheet).add(`${col}${first}:${col}${last}`, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [`'${OPTIONS_SHEET}'!$${optionCol}$2:$${optionCol}$${labels.length + 1}`],
        showErrorMessage: true,
        errorStyle: 'error',
        errorTitle: column.header,
        error: `请从下拉列表中选择${column.header}`,
      });
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

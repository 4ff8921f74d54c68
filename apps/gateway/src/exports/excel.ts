import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on the first export or import rather than at start-up: it adds ~28 MB of
 * resident memory and ~0.3 s to the gateway's start (issue #19), and most processes never write a
 * workbook. Type imports of `exceljs` elsewhere cost nothing at run time.
 */
export function excel(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose
  return require('exceljs') as typeof ExcelJS;
}

export { csvRow } from './lib/csv';
export { formulaSafe, startsFormula } from './lib/formula-safe';
export type { CellValue } from './lib/formula-safe';

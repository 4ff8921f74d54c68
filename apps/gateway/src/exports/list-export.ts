import type { Type } from '@nestjs/common';
import type { ExportColumn, Words } from './export-column';
import type { ExportFilters } from './export-filter';

/**
 * What a list's export is (issue #18), declared beside its controller
 * (`<list>.export-columns.ts`): its file name, title, columns, the words for each of the list's
 * filters, and the list's query DTO (whose `pageSize` limit bounds the pages the export reads).
 */
export interface ListExport<Q extends object, T, R = T> {
  /** The file name's stem, ASCII: `organizations` → `organizations-202611251403.xlsx`. */
  file: string;
  title: Words;
  columns: readonly ExportColumn<R>[];
  /** Rows of each listed item, when a row is a part of it (an award's tranches); else the item. */
  expand?: (item: T) => readonly R[];
  filters: ExportFilters<Q>;
  query: Type<Q>;
}

/** Declares a list's export, its types checked against the list's query and rows. */
export function listExport<Q extends object, T, R = T>(
  spec: ListExport<Q, T, R>,
): ListExport<Q, T, R> {
  return spec;
}

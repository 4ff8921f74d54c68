import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { beijingTimeText } from './export-cells';
import type { ExportLanguageQuery } from './export-query';
import { pageSizeLimit } from './export-query';
import { filterText } from './export-filter';
import type { ListExport } from './list-export';
import { streamWorkbook } from './export-workbook';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The most rows the exports ask a service for at a time (EXPORT_PAGE_SIZE). */
export const EXPORT_PAGE_SIZE = Symbol('EXPORT_PAGE_SIZE');

/** One page of a list as its RPC answers it. */
export interface ListPage<T> {
  items: readonly T[];
  total: number;
}

/** The list's own RPC, asked for one page with the export's filters. */
export type PageReader<Q, T> = (
  query: Omit<Q, 'page' | 'pageSize'> & { page: number; pageSize: number },
) => Promise<ListPage<T>>;

/**
 * Exports a list (issue #18): reads it page by page through the list's own RPC, so the same
 * filters, the same scoping (an applicant's export holds only its own rows) and the same refusals
 * apply, and streams it as an Excel workbook. The first page is read before the answer starts, so
 * a refusal still answers 403 or 400; pages are at most the list's own `pageSize` limit.
 */
@Injectable()
export class ListExporter {
  constructor(@Inject(EXPORT_PAGE_SIZE) private readonly pageSize: number) {}

  async stream<Q extends object, T, R = T>(
    spec: ListExport<Q, T, R>,
    query: Omit<Q, 'page' | 'pageSize'> & ExportLanguageQuery,
    read: PageReader<Q, T>,
  ): Promise<StreamableFile> {
    const { lang = 'zh-CN', ...rest } = query;
    const filters = rest as unknown as Omit<Q, 'page' | 'pageSize'>;
    const pageSize = Math.min(this.pageSize, pageSizeLimit(spec.query));
    const pageOf = (page: number) => read({ ...filters, page, pageSize });
    const first = await pageOf(1);
    // Read on until the rows counted on the first page are all read (or a page comes back empty).
    let page = 1;
    let seen = first.items.length;
    const rowsOf = (items: readonly T[]): readonly R[] =>
      spec.expand ? items.flatMap(spec.expand) : (items as readonly unknown[] as readonly R[]);
    const next = async () => {
      if (seen >= first.total) return undefined;
      page += 1;
      const { items } = await pageOf(page);
      seen += items.length;
      return items.length === 0 ? undefined : rowsOf(items);
    };
    const at = new Date();
    const head = {
      title: spec.title,
      filter: filterText(spec.filters, filters as Partial<Q>, lang, first.items),
      at,
      // the count of rows, unless a row is a part of an item (then it is not known ahead)
      total: spec.expand ? undefined : first.total,
    };
    const stamp = beijingTimeText(at).replace(/\D/g, '').slice(0, 12);
    return new StreamableFile(streamWorkbook(spec.columns, head, lang, rowsOf(first.items), next), {
      type: XLSX,
      disposition: `attachment; filename="${spec.file}-${stamp}.xlsx"`,
    });
  }
}

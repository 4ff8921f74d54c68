import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { DashboardQuery } from './dashboard-filters';

/** The dashboards with an Excel export (apps/gateway/src/dashboards: `<name>.xlsx`). */
const WORKBOOKS = {
  registry: ({ year, areaCode }: DashboardQuery) =>
    api.GET('/api/v1/dashboards/registry.xlsx', {
      params: { query: { year, areaCode } },
      parseAs: 'blob',
    }),
  cohorts: ({ year, areaCode }: DashboardQuery) =>
    api.GET('/api/v1/dashboards/cohorts.xlsx', {
      params: { query: { year, areaCode } },
      parseAs: 'blob',
    }),
  funding: ({ year, areaCode, fund, programme }: DashboardQuery) =>
    api.GET('/api/v1/dashboards/funding.xlsx', {
      params: { query: { year, areaCode, fund, programme } },
      parseAs: 'blob',
    }),
  timeliness: ({ year, areaCode, programme }: DashboardQuery) =>
    api.GET('/api/v1/dashboards/timeliness.xlsx', {
      params: { query: { year, areaCode, programme } },
      parseAs: 'blob',
    }),
};
export type DashboardWorkbook = keyof typeof WORKBOOKS;

/**
 * Downloads a dashboard as Excel with the filters on screen (the workbook's first row names
 * them), through the API client, so it carries the user's access token like every call; the file
 * is named as the API names it.
 */
export async function downloadWorkbook(name: DashboardWorkbook, query: DashboardQuery) {
  const call = WORKBOOKS[name](query);
  const blob = (await unwrap(call)) as unknown as Blob;
  const { response } = await call;
  saveBlob(blob, fileNameOf(response.headers.get('content-disposition')) ?? `${name}.xlsx`);
}

/** The file name of a Content-Disposition header (`attachment; filename="registry-45.xlsx"`). */
export function fileNameOf(disposition: string | null): string | undefined {
  const match = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

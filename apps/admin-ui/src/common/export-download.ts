import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { paths } from '../api/schema';
import type { Language } from '../i18n/i18n';

/** Every list's Excel export route (issue #18): `<list>/export.xlsx`. */
export type ExportPath = Extract<keyof paths, `${string}/export.xlsx`>;

/** A list's filters as its page keeps them (its paging among them): any plain object. */
export type ExportQuery = object;

const PAGING = new Set(['page', 'pageSize']);

/**
 * The list's current filters as its export takes them (issue #18): without the page and its
 * size (the export reads every page itself), without empty filters, and in the UI's language.
 */
export function exportQuery(filters: ExportQuery | undefined, lang: Language) {
  const kept = Object.entries((filters ?? {}) as Record<string, unknown>).filter(
    ([key, value]) => !PAGING.has(key) && value !== undefined && value !== null && value !== '',
  );
  return { ...Object.fromEntries(kept), lang } as Record<string, string | number | boolean>;
}

/** The file name the gateway gives (`Content-Disposition`), or `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/** Saves a blob through the browser's download, under `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads a list's export: through the API client, so the in-memory access token (and a
 * refresh on 401) goes with it, as a plain link could not; then saved from a Blob.
 */
export async function downloadExport(
  path: ExportPath,
  query: Record<string, string | number | boolean>,
  pathParams?: Record<string, string>,
): Promise<void> {
  // The path is one of the typed export routes; its parameters are the list's, given as they are.
  const get = api.GET as unknown as (
    url: string,
    init: object,
  ) => Promise<{ data?: Blob; error?: unknown; response: Response }>;
  const call = get(path, {
    params: { path: pathParams ?? {}, query },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  const stem = path.split('/').slice(-2, -1)[0] ?? 'export';
  saveBlob(blob as Blob, fileNameOf(response.headers.get('content-disposition'), `${stem}.xlsx`));
}

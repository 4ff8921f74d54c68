import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { downloadExport, type ExportPath, exportQuery, type ExportQuery } from './export-download';

interface Props {
  /** The list's export route, `<list>/export.xlsx`. */
  path: ExportPath;
  /** The list's current filters (its paging is left out). */
  filters?: ExportQuery;
  /** The route's path parameters (`{ id }` of a cohort's trainings). */
  params?: Record<string, string>;
  'data-testid'?: string;
}

/**
 * "Export Excel" above a list (issue #18): downloads every row the list's current filters find,
 * in the UI's language, as the gateway writes it (title, filter and time of export, money as
 * yuan numbers, labels for codes). The same roles and scope as the list: an applicant's export
 * holds its own rows.
 */
export function ExportButton({ path, filters, params, ...rest }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadExport(path, exportQuery(filters, currentLanguage()), params);
    } catch (error) {
      void message.error(t('common.export.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void download()}
      data-testid={rest['data-testid'] ?? 'export-list'}
    >
      {t('common.export.excel')}
    </Button>
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ExportFormat, useExportBatch } from '../queries';

/** "Export CSV" and "Export Excel": the batch's payments and results as a file. */
export function ExportButtons({ batchId }: { batchId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useExportBatch(batchId);
  const button = (format: ExportFormat, label: string) => (
    <Button
      icon={<DownloadOutlined />}
      data-testid={`export-${format}`}
      loading={download.isPending && download.variables === format}
      onClick={() =>
        download.mutate(format, {
          onError: (error) =>
            void message.error(t('finance.batch.exportFailed', { message: error.message })),
        })
      }
    >
      {label}
    </Button>
  );
  return (
    <Space>
      {button('csv', t('finance.batch.exportCsv'))}
      {button('xlsx', t('finance.batch.exportExcel'))}
    </Space>
  );
}

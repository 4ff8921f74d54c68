import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardQuery } from './dashboard-filters';
import { type DashboardWorkbook, downloadWorkbook } from './download-workbook';

/** Under every chart: the chart's dashboard as Excel, with the filters on screen (issue #18). */
export function ExportButton(props: { workbook: DashboardWorkbook; query: DashboardQuery }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useMutation({
    mutationFn: () => downloadWorkbook(props.workbook, props.query),
    onError: (error) =>
      void message.error(t('dashboards.exportFailed', { message: error.message })),
  });
  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() => download.mutate()}
      data-testid="dashboard-export"
    >
      {t('dashboards.export')}
    </Button>
  );
}

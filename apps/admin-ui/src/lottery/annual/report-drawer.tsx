import { Drawer, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../api/types';
import { LotteryLabel } from '../lottery-label';
import { ReportView } from './report-view';

/** An annual report notice, read in a drawer: its title, when it was published, the report. */
export function ReportDrawer({ notice, onClose }: { notice: NoticeView; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open
      size="large"
      title={notice.title}
      extra={<LotteryLabel label={notice.report?.label} />}
      onClose={onClose}
      data-testid="report-drawer"
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('lottery.report.publishedAt', {
          time: dayjs(notice.publishedAt).format('YYYY-MM-DD HH:mm'),
        })}
        {notice.correctionReason &&
          ` · ${t('lottery.public.correctionReason', { reason: notice.correctionReason })}`}
      </Typography.Paragraph>
      {notice.report && <ReportView report={notice.report} />}
    </Drawer>
  );
}

import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../api/types';
import { ReportView } from '../annual/report-view';
import { LotteryLabel } from '../lottery-label';
import { ObjectionForm } from './objection-form';
import { noticeTime, objectionsOpen, ProjectNoticeDetails } from './project-notice-details';

/**
 * One notice (R23) under the 彩票公益金资助 label: a project's (name, unit, amount, contact,
 * purpose) or a year's annual report. A corrected notice stays, marked and leading to its
 * correction; a correction says why and leads back to the original.
 */
export function NoticeCard(props: { notice: NoticeView; correctedBy?: NoticeView }) {
  const { notice, correctedBy } = props;
  const { t } = useTranslation();
  const { content, report } = notice;
  return (
    <Card
      id={`notice-${notice.id}`}
      data-testid="notice"
      data-kind={notice.kind}
      data-in-force={String(notice.inForce)}
      className={notice.inForce ? 'notice-card' : 'notice-card notice-replaced'}
      title={notice.title}
      extra={<LotteryLabel label={content?.label ?? report?.label} />}
    >
      {!notice.inForce && (
        <Typography.Paragraph type="warning" data-testid="corrected">
          <Tag color="orange">{t('lottery.public.corrected')}</Tag>
          {correctedBy && (
            <a href={`#notice-${correctedBy.id}`}>{t('lottery.public.seeCorrection')}</a>
          )}
        </Typography.Paragraph>
      )}
      {notice.corrects && (
        <Typography.Paragraph data-testid="correction">
          <Tag color="blue">{t('lottery.public.correction')}</Tag>
          {t('lottery.public.correctionReason', { reason: notice.correctionReason ?? '' })}{' '}
          <a href={`#notice-${notice.corrects}`}>{t('lottery.public.seeOriginal')}</a>
        </Typography.Paragraph>
      )}
      {content && <ProjectNoticeDetails notice={notice} content={content} />}
      {report && (
        <>
          <Typography.Paragraph type="secondary">
            {t('lottery.report.publishedAt', {
              time: t('common.beijingTime', { time: noticeTime(notice.publishedAt) }),
            })}
          </Typography.Paragraph>
          <ReportView report={report} />
        </>
      )}
      {objectionsOpen(notice) && <ObjectionForm noticeId={notice.id} />}
    </Card>
  );
}

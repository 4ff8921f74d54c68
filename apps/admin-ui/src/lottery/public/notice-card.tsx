import { Card, Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../api/types';
import { useYuan } from '../../finance/use-yuan';
import { ObjectionForm } from './objection-form';

const time = (value?: string) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '');

/**
 * One notice (R23): the project, the unit, the amount, the contact and the purpose under the
 * 彩票公益金资助 label. A corrected notice stays, marked and leading to its correction.
 */
export function NoticeCard(props: { notice: NoticeView; correctedBy?: NoticeView }) {
  const { notice, correctedBy } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const { content } = notice;
  const open =
    notice.inForce &&
    notice.objectionsUntil !== undefined &&
    dayjs().isBefore(notice.objectionsUntil);
  return (
    <Card
      id={`notice-${notice.id}`}
      data-testid="notice"
      data-in-force={String(notice.inForce)}
      className={notice.inForce ? 'notice-card' : 'notice-card notice-replaced'}
      title={notice.title}
      extra={
        <Tag color="red" className="lottery-label" data-testid="lottery-label">
          {content.label}
        </Tag>
      }
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
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('lottery.fields.project')}>
          {content.projectName}
        </Descriptions.Item>
        <Descriptions.Item label={t('lottery.public.unit')}>{content.unit}</Descriptions.Item>
        <Descriptions.Item label={t('lottery.public.amount')}>
          {yuan(content.amountFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('lottery.fields.purpose')}>
          {t(`enums.lotteryPurpose.${content.purpose}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('organizations.fields.contact')}>
          {`${content.contactName} ${content.contactPhone}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('lottery.public.publishedAt')}>
          {time(notice.publishedAt)}
        </Descriptions.Item>
        {notice.objectionsUntil && (
          <Descriptions.Item label={t('lottery.public.objectionsUntil')}>
            <span data-testid="objections-until">{time(notice.objectionsUntil)}</span>
            {!open && notice.inForce && (
              <Tag className="tag-after">{t('lottery.public.periodOver')}</Tag>
            )}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('lottery.public.objectionCount')}>
          {notice.objectionCount}
        </Descriptions.Item>
      </Descriptions>
      {open && <ObjectionForm noticeId={notice.id} />}
    </Card>
  );
}

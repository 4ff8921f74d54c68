import { Descriptions, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { NoticeContentDto, NoticeView } from '../../api/types';
import { beijingTime } from '../../common/beijing-time';
import { useYuan } from '../../common/use-yuan';

/** A notice's time in Beijing time, whatever the reader's zone (R23: published in it). */
export const noticeTime = (value?: string) => beijingTime(value);

/** Whether a notice takes objections now: in force and within its publicity period (公示期). */
export const objectionsOpen = (notice: NoticeView) =>
  notice.inForce &&
  notice.objectionsUntil !== undefined &&
  dayjs().isBefore(notice.objectionsUntil);

/**
 * A project's notice: its name, unit, amount, purpose and contact; when (Beijing time, said so),
 * and its objections.
 */
export function ProjectNoticeDetails(props: { notice: NoticeView; content: NoticeContentDto }) {
  const { notice, content } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  return (
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
        {t('common.beijingTime', { time: noticeTime(notice.publishedAt) })}
      </Descriptions.Item>
      {notice.objectionsUntil && (
        <Descriptions.Item label={t('lottery.public.objectionsUntil')}>
          <span data-testid="objections-until">
            {t('common.beijingTime', { time: noticeTime(notice.objectionsUntil) })}
          </span>
          {!objectionsOpen(notice) && notice.inForce && (
            <Tag className="tag-after">{t('lottery.public.periodOver')}</Tag>
          )}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('lottery.public.objectionCount')}>
        {notice.objectionCount}
      </Descriptions.Item>
    </Descriptions>
  );
}

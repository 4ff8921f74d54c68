import { Badge, Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { beijingTime } from '../common/beijing-time';
import { useYuan } from '../common/use-yuan';
import type { NotificationView } from './notification-queries';
import { TONE_COLOR, toneOf } from './notification-tone';

/**
 * One notification as a card (it fits a phone): the outcome, the programme and what it is about,
 * the amount and the reason when there are, when it was decided (Beijing time), a link to the
 * record (which also marks it read) and, while unread, a button to mark it read.
 */
export function NotificationItem(props: {
  notification: NotificationView;
  onRead: (id: string) => void;
  reading: boolean;
}) {
  const { notification: n, onRead, reading } = props;
  const { t, i18n } = useTranslation();
  const yuan = useYuan();
  const english = i18n.language === 'en';
  const unread = !n.readAt;
  return (
    <Card
      size="small"
      className={unread ? 'notification-item notification-item-unread' : 'notification-item'}
      data-testid="notification"
      data-outcome={n.outcome}
      data-unread={String(unread)}
    >
      <div className="notification-text">
        <Space size="small" wrap>
          {unread && <Badge status="processing" text={t('notifications.unread')} />}
          <Tag color={TONE_COLOR[toneOf(n.outcome)]} data-testid="notification-outcome">
            {t(`notifications.outcome.${n.outcome}`)}
          </Tag>
          <Typography.Text type="secondary">{t(`enums.programme.${n.programme}`)}</Typography.Text>
        </Space>
        <div>
          <Typography.Text strong data-testid="notification-title">
            {english ? n.title.en : n.title.zh}
          </Typography.Text>
        </div>
        {n.amountFen !== undefined && (
          <div>{t('notifications.amount', { amount: yuan(n.amountFen) })}</div>
        )}
        {n.reason && (
          <div>{t('notifications.reason', { reason: english ? n.reason.en : n.reason.zh })}</div>
        )}
        <Typography.Text type="secondary">
          {t('common.beijingTime', { time: beijingTime(n.decidedAt) })}
        </Typography.Text>
      </div>
      <Space wrap>
        <Link to={n.link} onClick={() => unread && onRead(n.id)} data-testid="notification-link">
          <Button type="primary" size="small">
            {t('notifications.open')}
          </Button>
        </Link>
        {unread && (
          <Button
            size="small"
            loading={reading}
            onClick={() => onRead(n.id)}
            data-testid="notification-read"
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

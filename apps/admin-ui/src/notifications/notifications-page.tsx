import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Pagination, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../common/error-result';
import { usePaging } from '../common/use-paging';
import { NotificationItem } from './notification-item';
import { type NotificationOrder, useMarkRead, useNotifications } from './notification-queries';

/**
 * The user's notifications of decisions about their organization (issue #18), a page at a time:
 * unread first or newest first, each with a link to its record; mark one or all read; the
 * settings of how they are told are a link away.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [order, setOrder] = useState<NotificationOrder>('unread-first');
  const paging = usePaging({ scope: order });
  const list = useNotifications({ ...paging.query, order });
  const mark = useMarkRead();
  const unread = list.data?.unread ?? 0;
  if (list.error) return <ErrorResult error={list.error} />;
  return (
    <Card
      title={
        <Space wrap>
          {t('notifications.title')}
          <Typography.Text type="secondary" data-testid="notifications-unread">
            {t('notifications.unreadCount', { count: unread })}
          </Typography.Text>
        </Space>
      }
      extra={
        <Link to="/me/settings" data-testid="notification-settings-link">
          <SettingOutlined /> {t('notifications.settings')}
        </Link>
      }
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Space wrap>
          <Segmented<NotificationOrder>
            value={order}
            onChange={setOrder}
            options={[
              { value: 'unread-first', label: t('notifications.unreadFirst') },
              { value: 'newest-first', label: t('notifications.newestFirst') },
            ]}
          />
          <Button
            disabled={unread === 0}
            loading={mark.isPending && mark.variables === undefined}
            onClick={() => mark.mutate(undefined)}
            data-testid="notifications-read-all"
          >
            {t('notifications.markAllRead')}
          </Button>
        </Space>
        {list.data && list.data.items.length === 0 ? (
          <Empty description={t('notifications.none')} />
        ) : (
          (list.data?.items ?? []).map((n) => (
            <NotificationItem
              key={n.id}
              notification={n}
              onRead={(id) => mark.mutate(id)}
              reading={mark.isPending && mark.variables === n.id}
            />
          ))
        )}
        <Pagination {...paging.pagination(list.data)} size="small" />
      </Space>
    </Card>
  );
}

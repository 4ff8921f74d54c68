import { DatabaseOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

/**
 * Opens the queue dashboard (bull-board at /api/admin/queues, issue #20) in a new tab: the
 * gateway first sets this administrator's ticket cookie, as a browser cannot send the bearer
 * token when it opens a page. The tab is opened at the click, so no popup blocker stops it.
 */
export function QueueDashboardButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [opening, setOpening] = useState(false);

  const open = async () => {
    const tab = window.open('', '_blank');
    setOpening(true);
    try {
      const { url } = await unwrap(api.POST('/api/v1/admin/queue-dashboard/ticket', {}));
      if (tab) tab.location.href = url;
      else window.location.assign(url);
    } catch (error) {
      tab?.close();
      void message.error((error as Error).message);
    } finally {
      setOpening(false);
    }
  };

  return (
    <Button icon={<DatabaseOutlined />} loading={opening} onClick={() => void open()}>
      {t('users.queueDashboard')}
    </Button>
  );
}

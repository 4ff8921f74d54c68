import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { MyAwards } from './my-awards';
import { MyProposals } from './my-proposals';

const TABS = ['proposals', 'awards'] as const;

/** An organization's venture philanthropy: its proposals and where each stands, and its awards. */
export function MyVenturePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((key) => key === params.get('tab')) ?? 'proposals';
  return (
    <Card
      title={t('venture.mine.title')}
      extra={
        <Link to="/venture/apply">
          <Button type="primary" icon={<PlusOutlined />}>
            {t('venture.mine.toCalls')}
          </Button>
        </Link>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          {
            key: 'proposals',
            label: <span data-testid="tab-proposals">{t('venture.mine.proposals')}</span>,
            children: <MyProposals />,
          },
          {
            key: 'awards',
            label: <span data-testid="tab-awards">{t('venture.mine.awards')}</span>,
            children: <MyAwards />,
          },
        ]}
      />
    </Card>
  );
}

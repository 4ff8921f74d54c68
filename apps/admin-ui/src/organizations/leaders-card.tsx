import { Permission } from '@civic/domain/access';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeaderView } from '../api/types';
import { useCurrentUser } from '../auth/use-current-user';
import { ResidentIdCell } from './resident-id-cell';
import { localPagination } from '../common/local-paging';

/** Leaders, whether each is a Party member (R10), and their masked resident IDs (R30). */
export function LeadersCard(props: { organizationId: string; leaders: LeaderView[] }) {
  const { t } = useTranslation();
  const canUnmask = useCurrentUser().permissions.includes(Permission.PERSONAL_DATA_UNMASK);
  return (
    <Card title={t('organizations.leaders.title')}>
      <Table<LeaderView>
        rowKey={(_, index) => String(index)}
        data-testid="leaders-table"
        pagination={localPagination(t, props.leaders.length)}
        dataSource={props.leaders}
        columns={[
          { title: t('organizations.leaders.name'), dataIndex: 'name' },
          { title: t('organizations.leaders.role'), dataIndex: 'role' },
          {
            title: t('organizations.leaders.isPartyMember'),
            dataIndex: 'isPartyMember',
            render: (member: boolean) =>
              member ? <Tag color="red">{t('common.yes')}</Tag> : t('common.no'),
          },
          {
            title: t('organizations.leaders.residentId'),
            key: 'residentId',
            render: (_, leader, index) => (
              <ResidentIdCell
                organizationId={props.organizationId}
                index={index}
                masked={leader.residentIdMasked}
                canUnmask={canUnmask}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

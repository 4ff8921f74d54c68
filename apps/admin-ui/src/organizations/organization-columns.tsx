import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrganizationView } from '../api/types';
import { TierTag } from './tier-tag';

export function useOrganizationColumns(): TableColumnsType<OrganizationView> {
  const { t } = useTranslation();
  return [
    { title: t('organizations.fields.name'), dataIndex: 'name' },
    {
      title: t('organizations.fields.category'),
      dataIndex: 'category',
      render: (category: string) => t(`enums.category.${category}`),
    },
    {
      title: t('organizations.fields.location'),
      key: 'location',
      render: (_, o) =>
        `${o.location.countyName} ${o.location.streetName} ${o.location.communityName}`,
    },
    {
      title: t('organizations.fields.areaType'),
      dataIndex: 'areaType',
      render: (areaType: string) => t(`enums.areaType.${areaType}`),
    },
    {
      title: t('organizations.fields.tier'),
      dataIndex: 'tier',
      render: (_, o) => <TierTag tier={o.tier} />,
    },
    { title: t('organizations.fields.memberCount'), dataIndex: 'memberCount', align: 'right' },
    {
      title: t('organizations.fields.createdAt'),
      dataIndex: 'createdAt',
      render: (createdAt: string) => dayjs(createdAt).format('YYYY-MM-DD'),
    },
  ];
}
